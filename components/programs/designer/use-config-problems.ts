"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { ProgramConfig } from "@/server/engine";
import { findConfigConflicts, type StoreFacts } from "../find-config-conflicts";
import { configErrorKeys } from "./config-error-keys";
import { pathKey } from "./config-path";

export type Problem = { path: (string | number)[]; message: string; severity: "error" | "warning" };

/** Schema errors and setting conflicts of the edited config, translated, by field path. */
export function useConfigProblems(config: ProgramConfig, facts: StoreFacts) {
  const tErrors = useTranslations("ConfigErrors");
  const tConflicts = useTranslations("Conflicts");
  return useMemo(() => {
    const parsed = ProgramConfig.safeParse(config);
    const problems: Problem[] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = configErrorKeys[issue.message];
        problems.push({
          path: issue.path.map((p) => (typeof p === "number" ? p : String(p))),
          message: key ? tErrors(key) : tErrors("generic"),
          severity: "error",
        });
      }
    }
    for (const conflict of findConfigConflicts(config, facts)) {
      problems.push({
        path: conflict.path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        message: tConflicts(conflict.code, conflict.params),
        severity: conflict.severity,
      });
    }
    const byPath = new Map<string, string>();
    for (const p of problems)
      if (p.severity === "error" && !byPath.has(pathKey(p.path)))
        byPath.set(pathKey(p.path), p.message);
    return {
      parsed: parsed.success ? parsed.data : null,
      problems,
      byPath,
      hasErrors: problems.some((p) => p.severity === "error"),
    };
  }, [config, facts, tErrors, tConflicts]);
}
