import { afterEach, describe, expect, it, vi } from "vitest";
import { keepRef } from "./ref";

function visit(search: string, stored: Map<string, string>) {
  vi.stubGlobal("location", { search });
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("keeping the ref link parameter", () => {
  it("keeps the code from the landing page for later pages without it", () => {
    const stored = new Map<string, string>();
    visit("?utm_source=mail&ref=K7M3QX9P", stored);
    expect(keepRef()).toBe("K7M3QX9P");
    visit("?page=2", stored);
    expect(keepRef()).toBe("K7M3QX9P");
  });

  it("ignores a value that cannot be a code, and works without storage", () => {
    const stored = new Map<string, string>();
    visit("?ref=%3Cscript%3E", stored);
    expect(keepRef()).toBeNull();
    vi.stubGlobal("localStorage", undefined);
    expect(keepRef()).toBeNull();
  });
});
