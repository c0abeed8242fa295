export const programStatuses = [
  "draft",
  "live",
  "paused",
  "scheduled",
  "ended",
  "archived",
] as const;
export type ProgramStatus = (typeof programStatuses)[number];

export type ProgramStateFacts = {
  isArchived: boolean;
  hasPublished: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  pausedAt: Date | null;
};

/** Whether orders are priced with the program now: published, not paused, inside its window. */
export function isRunning(facts: ProgramStateFacts, now: Date): boolean {
  return describeProgramStatus(facts, now) === "live";
}

export function describeProgramStatus(facts: ProgramStateFacts, now: Date): ProgramStatus {
  if (facts.isArchived) return "archived";
  if (!facts.hasPublished) return "draft";
  if (facts.pausedAt) return "paused";
  if (facts.startsAt && facts.startsAt.getTime() > now.getTime()) return "scheduled";
  if (facts.endsAt && facts.endsAt.getTime() <= now.getTime()) return "ended";
  return "live";
}
