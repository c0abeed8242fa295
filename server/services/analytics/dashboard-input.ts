import { z } from "zod";

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "Month as YYYY-MM" });

/** The dashboard's filters: a range of whole store-local months, compared with the range before. */
export const DashboardInput = z
  .object({
    from: Month,
    to: Month,
    tier: z.string().trim().min(1).max(100).optional(),
    /** Limits the figures to what one program produced (docs/analytics.md, "Filters"). */
    program: z.guid({ error: "Unknown program" }).optional(),
    lapsedDays: z.number().int().min(1).max(3650).default(90),
    cohortBy: z.enum(["join", "firstOrder"]).default("join"),
  })
  .refine((input) => input.from <= input.to, { error: "The range ends before it starts" });
export type DashboardInput = z.input<typeof DashboardInput>;
export type DashboardFilters = z.output<typeof DashboardInput>;
