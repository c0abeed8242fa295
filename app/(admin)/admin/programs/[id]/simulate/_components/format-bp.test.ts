import { describe, expect, it } from "vitest";
import { formatBp } from "./format-bp";

describe("formatBp", () => {
  it("shows basis points as a percent with two decimals in the reader's language", () => {
    expect(formatBp(278, "en")).toBe("2.78%");
    expect(formatBp(5, "en")).toBe("0.05%");
    expect(formatBp(-139, "en")).toBe("-1.39%");
    expect(formatBp(10_000, "ru")).toBe("100,00%");
  });
});
