import { describe, expect, it } from "vitest";
import { toSettlementCsv } from "./settlement-csv";

describe("settlement CSV", () => {
  it("one line per partner with the period, and a formula-like name defused", () => {
    const csv = toSettlementCsv(
      [
        { name: "Taxi, Inc", credits: 2, points: 200, value: 20_000 },
        { name: "=HYPERLINK()", credits: 0, points: 0, value: 0 },
      ],
      { from: "2026-11-01", to: "2026-11-30" },
    );
    expect(csv.split("\r\n")).toEqual([
      "\ufeffpartner,from,to,credits,points,value_minor_units",
      '"Taxi, Inc",2026-11-01,2026-11-30,2,200,20000',
      "'=HYPERLINK(),2026-11-01,2026-11-30,0,0,0",
      "",
    ]);
  });
});
