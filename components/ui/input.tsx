import type { ComponentProps } from "react";
import { cn } from "./cn";

export const controlClass = cn(
  "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs",
  "placeholder:text-slate-400 focus-visible:border-brand-600 focus-visible:outline-offset-0",
  "aria-[invalid=true]:border-red-500",
  "disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500",
);

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClass, "read-only:bg-slate-50", className)} {...props} />;
}
