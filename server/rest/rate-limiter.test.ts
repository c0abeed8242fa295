import { describe, expect, it } from "vitest";
import { TooManyRequests } from "@/server/errors";
import { createRateLimiter } from "./rate-limiter";

describe("createRateLimiter", () => {
  it("allows the limit per window per key, then refuses, then resets", () => {
    const hit = createRateLimiter({ limit: 3, windowMs: 1000 });
    for (let i = 0; i < 3; i++) hit("pk_a", 0);
    expect(() => hit("pk_a", 10)).toThrow(TooManyRequests);
    expect(() => hit("pk_b", 10)).not.toThrow();
    expect(() => hit("pk_a", 1000)).not.toThrow();
  });
});
