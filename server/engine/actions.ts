import { compileProgram } from "./compile";
import type { ActionKind } from "./config/extras";
import type { EarnLot, ProgramVersion } from "./quote/types";
import { addDays } from "./time";

/** Points for non-purchase actions: available at once, expiring like the program's purchase points. */
export function computeActionRewards(
  versions: readonly ProgramVersion[],
  action: ActionKind,
  now: Date,
): EarnLot[] {
  const lots: EarnLot[] = [];
  for (const version of versions) {
    const { config } = version;
    if (!("actions" in config)) continue;
    const amount = config.actions[action];
    if (amount === 0) continue;
    const expiryDays = compileProgram(config).bonus?.expiryDays ?? null;
    lots.push({
      versionId: version.id,
      programId: version.programId,
      amount,
      availableAt: now,
      expiresAt: expiryDays === null ? null : addDays(now, expiryDays),
    });
  }
  return lots;
}
