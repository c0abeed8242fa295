import type { Actor } from "@/server/services/context";

export const jobActor = (job: string): Actor => ({ kind: "system", label: `job:${job}` });
