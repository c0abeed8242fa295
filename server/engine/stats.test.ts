import { describe, expect, it } from "vitest";
import { listStatWindows } from "./stats";
import { parseConfig } from "./testing";

const config = parseConfig({
  type: "tiers",
  tiers: {
    metric: "spend",
    period: { kind: "calendarMonth" },
    graceDays: 30,
    levels: [
      { id: "base", name: "Base", threshold: 0 },
      { id: "silver", name: "Silver", threshold: 500_000 },
      { id: "vip", name: "VIP", threshold: 1_000_000, freeShipping: true },
    ],
  },
});
const TZ = "Europe/Moscow";
const at = (iso: string) => new Date(iso);

describe("listStatWindows", () => {
  it("lists each stat once with its local bounds", () => {
    const cumulative = parseConfig({
      type: "discount",
      discount: {
        rule: {
          kind: "cumulative",
          period: { kind: "rollingDays", days: 30 },
          brackets: [{ min: 1, percentBp: 1 }],
        },
      },
    });
    const now = at("2025-03-12T09:00:00Z");
    expect(listStatWindows([config, cumulative, config], now, TZ)).toEqual([
      { key: "spend:month", metric: "spend", from: at("2025-02-28T21:00:00Z"), to: now },
      { key: "spend:days:30", metric: "spend", from: at("2025-02-10T09:00:00Z"), to: now },
    ]);
  });

  it("starts the month in the store's zone, not in UTC", () => {
    const now = at("2025-03-31T23:30:00Z"); // already 1 April in Moscow
    expect(listStatWindows([config], now, TZ)[0]?.from).toEqual(at("2025-03-31T21:00:00Z"));
    expect(listStatWindows([config], now, "UTC")[0]?.from).toEqual(at("2025-03-01T00:00:00Z"));
  });
});
