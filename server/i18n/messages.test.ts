import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import ru from "./messages/ru.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("messages", () => {
  it("has the same keys in every language", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ru).sort());
  });
});
