import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealSecret } from "@/server/crypto/secret-box";
import { startSmtpListener } from "@/server/testing/smtp-listener";
import type { MessagingSettings } from "./get-messaging-settings";
import { sendEmail } from "./send-email";

let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
beforeAll(async () => {
  smtp = await startSmtpListener();
});
afterAll(() => smtp.close());

const settingsFor = (host: string): MessagingSettings => ({
  merchantId: "store",
  smtpHost: host,
  smtpPort: smtp.port,
  smtpSecure: false,
  smtpUser: "shop",
  sealedSmtpPassword: sealSecret("smtp-pass"),
  fromAddress: "shop@example.com",
  webhookUrl: null,
  sealedWebhookSecret: null,
  frequencyCap: 2,
  frequencyWindowDays: 7,
  quietStartMinute: 0,
  quietEndMinute: 0,
  updatedAt: new Date(0),
});

const email = { to: "anna@example.com", subject: "Hello", text: "Hi", html: "<p>Hi</p>" };

describe("sendEmail to a store's SMTP server", () => {
  it("refuses a host on a private or local network, by address or by name, and sends nothing", async () => {
    for (const host of ["127.0.0.1", "localhost"]) {
      const outcome = await sendEmail(settingsFor(host), email, { allowPrivateNetworks: false });
      expect(outcome).toEqual({
        isSent: false,
        error: expect.stringMatching(/^Refused: .* resolves to a private or local address/),
      });
    }
    expect(smtp.received).toEqual([]);
  });

  it("sends to a local server where private networks are allowed", async () => {
    const outcome = await sendEmail(settingsFor("127.0.0.1"), email, {
      allowPrivateNetworks: true,
    });
    expect(outcome).toEqual({ isSent: true });
    expect(smtp.received).toMatchObject([{ to: ["anna@example.com"], subject: "Hello" }]);
  });
});
