import { InvalidInput } from "@/server/errors";
import {
  type DashboardFilters,
  DashboardInput,
  type DashboardInput as Input,
} from "./dashboard-input";
import { firstDayOf, type MonthNumber, parseMonth } from "./month-number";

export const maxMonths = 24;

export type Period = {
  from: MonthNumber;
  to: MonthNumber;
  months: number;
  /** First local day of the range and the first day after it (YYYY-MM-DD). */
  fromDay: string;
  toDayExclusive: string;
};

export type ResolvedPeriod = Period & { previous: Period; filters: DashboardFilters };

function periodOf(from: MonthNumber, to: MonthNumber): Period {
  return {
    from,
    to,
    months: to - from + 1,
    fromDay: firstDayOf(from),
    toDayExclusive: firstDayOf(to + 1),
  };
}

/** The chosen months and the same number of months just before them. */
export function resolvePeriod(input: Input): ResolvedPeriod {
  const filters = DashboardInput.parse(input);
  const from = parseMonth(filters.from);
  const to = parseMonth(filters.to);
  if (to - from + 1 > maxMonths)
    throw new InvalidInput(`A range covers at most ${maxMonths} months`);
  const months = to - from + 1;
  return { ...periodOf(from, to), previous: periodOf(from - months, from - 1), filters };
}
