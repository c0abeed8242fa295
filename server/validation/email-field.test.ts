import { describe, expect, it } from "vitest";
import { emailField } from "./email-field";

describe("emailField", () => {
  it.each([
    ["  Anna@Shop.RU ", "anna@shop.ru"],
    ["buyer@demo.kopilka.dev", "buyer@demo.kopilka.dev"],
  ])("accepts %j as %j", (input, expected) => {
    expect(emailField().parse(input)).toBe(expected);
  });

  it.each(["not-an-email", "  ", "a@", "@b.co"])("rejects %j with the message", (input) => {
    const parsed = emailField("Enter a valid email").safeParse(input);
    expect(parsed.error?.issues[0]?.message).toBe("Enter a valid email");
  });
});
