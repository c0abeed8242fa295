import type { ClubSection, ProgramConfig } from "@/server/engine";

type Versioned = { programId: string; config: ProgramConfig };
export type ClubProgram<V extends Versioned> = V & { club: ClubSection };

/** The live versions that are clubs, with their club settings at hand. */
export function findClubPrograms<V extends Versioned>(versions: readonly V[]): ClubProgram<V>[] {
  return versions.flatMap((version) =>
    version.config.type === "club" ? [{ ...version, club: version.config.club }] : [],
  );
}
