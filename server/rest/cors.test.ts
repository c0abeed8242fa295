import { describe, expect, it } from "vitest";
import { corsHeaders, normalizeOrigin } from "./cors";

describe("corsHeaders", () => {
  it("allows only listed origins", () => {
    expect(
      corsHeaders("https://shop.example", ["https://shop.example"])["access-control-allow-origin"],
    ).toBe("https://shop.example");
    expect(corsHeaders("https://evil.example", ["https://shop.example"])).toEqual({
      vary: "Origin",
    });
    expect(corsHeaders(null, ["https://shop.example"])).toEqual({ vary: "Origin" });
  });

  it.each([
    ["https://shop.example/cart?x=1", "https://shop.example"],
    ["http://localhost:3001", "http://localhost:3001"],
    ["javascript:alert(1)", undefined],
    ["not a url", undefined],
  ])("normalizes %s", (input, expected) => {
    expect(normalizeOrigin(input)).toBe(expected);
  });
});
