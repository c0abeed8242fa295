import { describe, expect, it } from "vitest";
import { readMessageToken, signMessageToken } from "./message-token";

describe("message tokens", () => {
  it("reads back what it signed", () => {
    const token = signMessageToken("unsubscribe", ["m_1", "member-2", "email"]);
    expect(readMessageToken("unsubscribe", token)).toEqual(["m_1", "member-2", "email"]);
  });

  it("refuses an altered token or one made for another purpose", () => {
    const token = signMessageToken("unsubscribe", ["m_1", "member-2", "email"]);
    const forged = `${Buffer.from("m_1|member-3|email").toString("base64url")}.${token.split(".")[1]}`;
    expect(readMessageToken("unsubscribe", forged)).toBeNull();
    expect(readMessageToken("open", token)).toBeNull();
    expect(readMessageToken("unsubscribe", "garbage")).toBeNull();
  });
});
