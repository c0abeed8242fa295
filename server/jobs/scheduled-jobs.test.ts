import { describe, expect, it } from "vitest";
import { listScheduledJobs } from "./scheduled-jobs";

const cadence = (jobSeconds: number) =>
  Object.fromEntries(
    listScheduledJobs({ jobSeconds, webhookSeconds: 5 }).map((j) => [j.name, j.everySeconds]),
  );

describe("listScheduledJobs", () => {
  it("recalculates tiers hourly while the other jobs run every JOB_INTERVAL_SECONDS", () => {
    expect(cadence(60)).toMatchObject({
      "expire-lots": 60,
      "recalculate-tiers": 3600,
      "deliver-webhooks": 5,
    });
    expect(cadence(7200)).toMatchObject({ "expire-lots": 7200, "recalculate-tiers": 7200 });
  });

  it("switches the tier job off with the other periodic jobs", () => {
    expect(cadence(0)).toMatchObject({ "expire-lots": 0, "recalculate-tiers": 0 });
  });
});
