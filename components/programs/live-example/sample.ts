import { listStatWindows, type ProgramConfig, type QuoteInput } from "@/server/engine";

export type SampleLine = {
  key: number;
  sku: string;
  category: string;
  unitPrice: number;
  quantity: number;
  isOnSale: boolean;
};

export type SampleMember = {
  isGuest: boolean;
  tierId: string | null;
  availablePoints: number;
  /** What the member spent (minor units) and ordered in the program's counting period. */
  periodSpend: number;
  periodOrders: number;
  isBirthday: boolean;
};

export type Sample = {
  lines: SampleLine[];
  member: SampleMember;
  pointsToSpend: number;
  rewardId: string;
};

export function makeSample(currencyScale: number): Sample {
  const unit = 10 ** currencyScale;
  return {
    lines: [
      {
        key: 1,
        sku: "Sneakers",
        category: "shoes",
        unitPrice: 1990 * unit,
        quantity: 1,
        isOnSale: false,
      },
      {
        key: 2,
        sku: "Socks",
        category: "accessories",
        unitPrice: currencyScale >= 2 ? 35_567 * 10 ** (currencyScale - 2) : 356,
        quantity: 1,
        isOnSale: false,
      },
    ],
    // The worked example of docs/engine.md: 120 points, 8,500 spent this month.
    member: {
      isGuest: false,
      tierId: null,
      availablePoints: 120,
      periodSpend: 8_500 * unit,
      periodOrders: 3,
      isBirthday: false,
    },
    pointsToSpend: 0,
    rewardId: "",
  };
}

/**
 * The engine's input for the sample: the edited config as the only (primary) version, the
 * member's period figures under every stat key the config asks for.
 */
export function buildQuoteInput(
  config: ProgramConfig,
  sample: Sample,
  clock: { now: Date; timezone: string },
  currency: string,
): QuoteInput {
  const stats: Record<string, number> = {};
  for (const w of listStatWindows([config], clock.now, clock.timezone)) {
    stats[w.key] = w.metric === "spend" ? sample.member.periodSpend : sample.member.periodOrders;
  }
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: clock.timezone,
    month: "numeric",
    day: "numeric",
  }).formatToParts(clock.now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 1);
  const m = sample.member;
  return {
    versions: [{ id: "preview", programId: "preview", config }],
    member: m.isGuest
      ? null
      : {
          tierId: m.tierId,
          availablePoints: m.availablePoints,
          pendingPoints: 0,
          cashbackBalance: 0,
          stats,
          birthDate: m.isBirthday ? { month: part("month"), day: part("day") } : null,
          clubProgramIds: config.type === "club" ? ["preview"] : [],
          // The example buyer of a referral program is the friend placing their first order.
          isReferredNewcomer: config.type === "referral",
          isBlocked: false,
        },
    cart: {
      currency,
      lines: sample.lines.map(({ sku, category, unitPrice, quantity, isOnSale }) => ({
        sku: sku || "—",
        category,
        unitPrice,
        quantity,
        isOnSale,
      })),
    },
    context: {
      now: clock.now,
      timezone: clock.timezone,
      pointsToSpend: sample.pointsToSpend,
      rewardId: sample.rewardId || undefined,
    },
  };
}
