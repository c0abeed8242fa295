import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { startSmtpListener } from "@/server/testing/smtp-listener";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { queueEmail } from "./queue-email";
import { sendQueuedEmails } from "./send-queued-emails";

const database = setUpTestDatabase();

async function queue(count: number) {
  const addresses = Array.from({ length: count }, () => `user-${randomUUID()}@example.com`);
  for (const to of addresses) {
    await queueEmail(database.db, {
      to,
      kind: "password-reset",
      subject: "Kopilka: сброс пароля",
      body: `Откройте ссылку: https://k.example/reset?to=${to}`,
    });
  }
  return addresses;
}

const statusesOf = async (addresses: string[]) =>
  (
    await database.db
      .select({ status: emailOutbox.status, error: emailOutbox.error })
      .from(emailOutbox)
      .where(inArray(emailOutbox.to, addresses))
  ).map((row) => row.status);

describe("app emails", () => {
  it("stay queued without SMTP_URL, then each goes out once even with two senders at once", async () => {
    const addresses = await queue(4);
    expect(await sendQueuedEmails({ db: database.db, smtpUrl: undefined })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await statusesOf(addresses)).toEqual(["queued", "queued", "queued", "queued"]);
    const smtp = await startSmtpListener();
    try {
      const smtpUrl = `smtp://shop:smtp-pass@127.0.0.1:${smtp.port}`;
      const send = () =>
        sendQueuedEmails({ db: database.db, smtpUrl, from: "Kopilka <k@example.com>" });
      await Promise.all([send(), send()]);
      const mine = smtp.received.filter((e) => addresses.includes(e.to[0] ?? ""));
      expect(mine.map((e) => e.to[0]).sort()).toEqual([...addresses].sort());
      expect(mine[0]?.subject).toBe("Kopilka: сброс пароля");
      expect(mine[0]?.text).toContain("Откройте ссылку");
      expect(await statusesOf(addresses)).toEqual(["sent", "sent", "sent", "sent"]);
    } finally {
      await smtp.close();
    }
  });

  it("marks an email failed with the server's refusal", async () => {
    const addresses = await queue(1);
    const smtp = await startSmtpListener();
    try {
      const smtpUrl = `smtp://shop:wrong@127.0.0.1:${smtp.port}`;
      await sendQueuedEmails({ db: database.db, smtpUrl });
      const [row] = await database.db
        .select()
        .from(emailOutbox)
        .where(inArray(emailOutbox.to, addresses));
      expect(row?.status).toBe("failed");
      expect(row?.error).toMatch(/Invalid username or password/);
    } finally {
      await smtp.close();
    }
  });
});
