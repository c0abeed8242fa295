import type { Db } from "@/db/database";
import { runImportChunk } from "@/server/services/member-imports/run-import-chunk";
import { requestJobRun } from "./request-job-run";

export const importMembersJobName = "import-members";

// Well inside the job's timeout: a huge file goes on in the next run instead of being expired.
const budgetMs = 4 * 60_000;

/** Works through queued imports chunk by chunk; with work left at the budget, queues itself. */
export async function importMembersJob({ db }: { db: Db }) {
  const startedAt = Date.now();
  let chunks = 0;
  while (await runImportChunk(db)) {
    chunks += 1;
    if (Date.now() - startedAt > budgetMs) {
      requestJobRun(importMembersJobName);
      break;
    }
  }
  return { chunks };
}
