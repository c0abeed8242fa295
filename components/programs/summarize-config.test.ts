import { describe, expect, it } from "vitest";
import { ProgramConfig, type ProgramConfigInput } from "@/server/engine";
import { summarizeConfig } from "./summarize-config";
import { makeTemplate, templateIds } from "./templates";

const spaces = /[\u00a0\u202f]/g;
const summary = (
  input: ProgramConfigInput | ProgramConfig,
  locale: "ru" | "en" = "en",
  currency = "RUB",
) =>
  summarizeConfig(ProgramConfig.parse(input), { locale, currency }).map((s) =>
    s.replace(spaces, " "),
  );

describe("summarizeConfig", () => {
  it("tells the brief's VIP program in English", () => {
    expect(summary(makeTemplate("vipTiers", "en"))).toEqual([
      "Every RUB 100.00 spent earns 1 point.",
      "1 point = RUB 1.00.",
      "Points can be spent right away.",
      "Points never expire.",
      "Points cannot pay part of an order directly.",
      "100 points = 10% off the next purchase.",
      "Levels by spend in a calendar month: Member: from RUB 0.00; VIP: from RUB 10,000.01: free delivery.",
      "A member keeps a level for 30 days after falling below it.",
    ]);
  });

  it("tells the same program in Russian with Russian plurals", () => {
    expect(summary(makeTemplate("vipTiers", "ru"), "ru")).toEqual([
      "За каждые 100,00 ₽ покупки начисляется 1 балл.",
      "1 балл = 1,00 ₽.",
      "Баллы можно тратить сразу.",
      "Баллы не сгорают.",
      "Баллами нельзя оплатить часть заказа напрямую.",
      "100 баллов = скидка 10% на следующую покупку.",
      "Уровни по сумме покупок за календарный месяц: Участник — от 0,00 ₽; VIP — от 10 000,01 ₽: бесплатная доставка.",
      "Уровень сохраняется ещё 30 дней, если сумма опустилась ниже порога.",
    ]);
  });

  it("shows percents exactly from basis points", () => {
    const config: ProgramConfigInput = {
      type: "bonus",
      bonus: {
        earn: { kind: "percent", percentBp: 1050 },
        redemption: { payment: { maxShareBp: 3333 } },
      },
    };
    expect(summary(config)).toContain("Every purchase earns 10.5% of its amount in points.");
    expect(summary(config, "ru")).toContain("Баллами можно оплатить до 33,33% заказа.");
  });

  it("describes discounts by bracket, exclusions, windows and birthday", () => {
    const lines = summary({
      type: "combined",
      primary: "discount",
      stackOnSameLine: false,
      discount: {
        rule: {
          kind: "cumulative",
          period: { kind: "rollingDays", days: 90 },
          brackets: [
            { min: 0, percentBp: 300 },
            { min: 1_000_000, percentBp: 500 },
          ],
        },
        excludedCategories: ["gifts"],
        excludeOnSale: true,
      },
      windows: [
        {
          id: "w",
          weekdays: [6, 7],
          hours: { from: "10:00", to: "14:00" },
          earnMultiplierBp: 20_000,
        },
      ],
      birthday: { windowDays: 3, discountBp: 500, spendOnlyInWindow: true },
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        "The discount grows with what a member has spent over the last 90 days: 3% from RUB 0.00, 5% from RUB 10,000.00.",
        "No discount on: gifts, items on sale.",
        "The discount comes first: discounted items earn no points.",
        "Sat, Sun from 10:00 to 14:00: ×2 points.",
        "Around the birthday (±3 days): an extra 5% off.",
        "Points can be spent only around the member's birthday (±3 days).",
      ]),
    );
  });

  it("says something for every template in both languages", () => {
    for (const id of templateIds) {
      for (const locale of ["ru", "en"] as const) {
        const lines = summary(makeTemplate(id, locale), locale);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.join(" ")).not.toMatch(/\{\w+\}|undefined|NaN/);
      }
    }
  });
});
