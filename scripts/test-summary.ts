import { readFileSync } from "node:fs";

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number };
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
};

const read = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** One closing line for CI over both runners: "N passed, N failed, N skipped". */
const unit = read<VitestReport>("reports/vitest.json");
const e2e = read<PlaywrightReport>("reports/playwright.json").stats;
const passed = unit.numPassedTests + e2e.expected + e2e.flaky;
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + e2e.skipped;
console.log(`vitest: ${unit.numPassedTests} passed; playwright: ${e2e.expected} passed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0) process.exit(1);
