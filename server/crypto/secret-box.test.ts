import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

describe("secret box", () => {
  it("round-trips and never stores the plain text", () => {
    const sealed = sealSecret("tsk_live_abc123");
    expect(sealed).not.toContain("abc123");
    expect(openSecret(sealed)).toBe("tsk_live_abc123");
    expect(sealSecret("same")).not.toBe(sealSecret("same"));
  });

  it("refuses a tampered box", () => {
    const [v, iv, tag, data] = sealSecret("secret").split(".");
    const flipped = `${data?.[0] === "A" ? "B" : "A"}${data?.slice(1)}`;
    expect(() => openSecret([v, iv, tag, flipped].join("."))).toThrow();
  });
});
