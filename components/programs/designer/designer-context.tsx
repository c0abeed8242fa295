"use client";
import { createContext, use } from "react";
import type { ProgramConfig } from "@/server/engine";
import type { Path } from "./config-path";

export type DesignerState = {
  config: ProgramConfig;
  update: (path: Path, value: unknown) => void;
  /** The translated message for a field, if the schema or a conflict flags it. */
  errorAt: (path: Path) => string | undefined;
  currency: string;
  locale: "ru" | "en";
  canEdit: boolean;
};

export const DesignerContext = createContext<DesignerState | null>(null);

export function useDesigner(): DesignerState {
  const state = use(DesignerContext);
  if (!state) throw new Error("useDesigner outside the program designer");
  return state;
}
