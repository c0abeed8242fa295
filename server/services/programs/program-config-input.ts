import { z } from "zod";
import { ProgramConfig } from "@/server/engine";
import { InvalidInput } from "@/server/errors";

/** Validates with the engine's schema and stores the parsed form, defaults filled in. */
export function parseProgramConfig(config: unknown): ProgramConfig {
  const parsed = ProgramConfig.safeParse(config);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join(".") || "config";
    fieldErrors[path] = [...(fieldErrors[path] ?? []), issue.message];
  }
  throw new InvalidInput("The program settings are not valid", fieldErrors);
}

export const ProgramName = z.string().trim().min(1).max(120);
