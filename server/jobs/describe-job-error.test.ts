import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { describeJobError } from "./describe-job-error";

describe("describeJobError", () => {
  it("keeps the database's message and drops the query and its parameters", () => {
    const error = new DrizzleQueryError(
      "select * from members where merchant_id = $1",
      ["store-42"],
      new Error("division by zero"),
    );
    expect(describeJobError(error)).toBe("Error: division by zero");
  });

  it("names the error and cuts a long message", () => {
    expect(describeJobError(new TypeError("bad"))).toBe("TypeError: bad");
    expect(describeJobError(new Error("x".repeat(2000)))).toHaveLength(501);
    expect(describeJobError("plain")).toBe("plain");
  });
});
