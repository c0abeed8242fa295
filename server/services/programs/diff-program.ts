import { diffConfigs } from "@/components/programs/diff-config";
import type { ServiceContext } from "../context";
import { listVersions } from "./list-versions";
import { loadProgramState } from "./load-program-state";

/** What publishing the draft would change, field by field, against the latest published version. */
export async function diffProgram({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { programId: string };
}) {
  const state = await loadProgramState(ctx.db, ctx.merchantId, input.programId);
  const versions = await listVersions(ctx.db, ctx.merchantId, state.id);
  const draft = versions.find((v) => v.status === "draft") ?? null;
  const live = versions.find((v) => v.status === "published") ?? null;
  return {
    draftVersion: draft?.version ?? null,
    liveVersion: live?.version ?? null,
    changes: draft && live ? diffConfigs(live.config, draft.config) : [],
  };
}
