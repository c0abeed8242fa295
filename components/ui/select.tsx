import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClass } from "./input";

/** A native select (keyboard and screen readers for free) with our own chevron. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return (
    <div className={cn("relative", className)}>
      <select className={cn(controlClass, "appearance-none truncate pr-9")} {...props} />
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500"
      >
        <path d="M5.5 7.5 10 12l4.5-4.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  );
}
