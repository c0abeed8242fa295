import type { ServiceContext } from "../context";
import { listActiveVersions } from "./list-active-versions";

/** Levels of the first live program with tiers: the members filter offers them. */
export async function listTierLevels({ ctx }: { ctx: ServiceContext }) {
  const versions = await listActiveVersions({ ctx });
  for (const v of versions) {
    if ("tiers" in v.config && v.config.tiers) {
      return v.config.tiers.levels.map((l) => ({ id: l.id, name: l.name }));
    }
  }
  return [];
}
