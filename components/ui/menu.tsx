"use client";
import {
  type ComponentProps,
  createContext,
  type ReactNode,
  use,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { cn } from "./cn";

type MenuProps = {
  summary: ReactNode;
  summaryLabel?: string;
  align?: "start" | "end";
  children: ReactNode;
};

const CloseMenu = createContext<() => void>(() => {});

/** A disclosure button and its panel; closes on outside click, Escape and leaving focus. */
export function Menu({ summary, summaryLabel, align = "start", children }: MenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const closeOutside = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("focusin", closeOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("focusin", closeOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [isOpen]);

  return (
    <CloseMenu value={() => setIsOpen(false)}>
      <div ref={rootRef} className="relative min-w-0">
        <button
          ref={buttonRef}
          type="button"
          aria-label={summaryLabel}
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setIsOpen((open) => !open)}
          className="flex h-10 max-w-full min-w-0 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          {summary}
        </button>
        <div
          id={panelId}
          hidden={!isOpen}
          className={cn(
            "absolute z-30 mt-1 w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg",
            align === "end" ? "right-0" : "left-0",
          )}
        >
          {children}
        </div>
      </div>
    </CloseMenu>
  );
}

export function MenuItem({ className, onClick, ...props }: ComponentProps<"button">) {
  const close = use(CloseMenu);
  return (
    <button
      type="button"
      className={cn(
        "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 disabled:cursor-default disabled:opacity-60",
        className,
      )}
      onClick={(event) => {
        close();
        onClick?.(event);
      }}
      {...props}
    />
  );
}

export function MenuSeparator() {
  return <hr className="my-1 border-slate-100" />;
}
