import { toCsvRow } from "@/components/members/csv";

type Row = { name: string; credits: number; points: number; value: number };

/** One line per partner; value in minor units, like every money figure Kopilka exports. */
export function toSettlementCsv(rows: readonly Row[], period: { from: string; to: string }) {
  const header = toCsvRow(["partner", "from", "to", "credits", "points", "value_minor_units"]);
  const lines = rows.map((row) =>
    toCsvRow([row.name, period.from, period.to, row.credits, row.points, row.value]),
  );
  return `\ufeff${header}${lines.join("")}`;
}
