import type { ProgramConfigInput } from "@/server/engine";

/** Points back on every order (30% of an order payable), monthly tiers with 3% and 5% off. */
const tiersWithPoints = (earnBp: number, silverFrom: number): ProgramConfigInput => ({
  type: "tiers",
  tiers: {
    metric: "spend",
    period: { kind: "calendarMonth" },
    levels: [
      { id: "member", name: "Member", threshold: 0 },
      { id: "silver", name: "Silver", threshold: silverFrom, discountBp: 300 },
      { id: "gold", name: "Gold", threshold: 3_000_000, discountBp: 500 },
    ],
    graceDays: 30,
  },
  bonus: {
    earn: { kind: "percent", percentBp: earnBp },
    activationDelayDays: 14,
    expiryDays: 365,
    redemption: { payment: { maxShareBp: 3000 } },
  },
});

/** Live: 5% back, Silver from 10,000 RUB a month. */
export const liveProgram = tiersWithPoints(500, 1_000_000);
/** Draft: 7% back, Silver from 7,000 RUB a month. */
export const draftProgram = tiersWithPoints(700, 700_000);
