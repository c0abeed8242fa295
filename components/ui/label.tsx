import type { ComponentProps } from "react";
import { cn } from "./cn";

/** `htmlFor` is required so every label names a control. */
export function Label({
  htmlFor,
  className,
  children,
  ...props
}: ComponentProps<"label"> & { htmlFor: string }) {
  return (
    <label
      htmlFor={htmlFor}
      className={cn("block text-sm font-medium text-slate-700", className)}
      {...props}
    >
      {children}
    </label>
  );
}
