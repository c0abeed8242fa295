import { APIError } from "better-auth/api";
import { describe, expect, it } from "vitest";
import { isAuthApiError } from "./auth-api-error";

describe("isAuthApiError", () => {
  it("recognises better-auth errors, including a copy of the class from another bundle", () => {
    expect(isAuthApiError(new APIError("FORBIDDEN", { message: "no" }))).toBe(true);
    class ForeignApiError extends Error {
      name = "APIError";
      status = "FORBIDDEN";
      statusCode = 403;
    }
    expect(isAuthApiError(new ForeignApiError("no"))).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isAuthApiError(new Error("boom"))).toBe(false);
    expect(isAuthApiError({ name: "APIError", status: "FORBIDDEN" })).toBe(false);
  });
});
