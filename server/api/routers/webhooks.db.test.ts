import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ZodError, z } from "zod";
import { auditLog, webhookDeliveries } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { callerFor, signUpOwner, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { startWebhookReceiver } from "@/server/testing/webhook-receiver";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function receiver() {
  const started = await startWebhookReceiver();
  closers.push(started.close);
  return started;
}

async function ownerWithAnalyst() {
  const owner = await signUpOwner(database.db, auth);
  const analyst = await signUpUser(auth);
  const invitation = await owner.caller.team.invite({ email: analyst.email, role: "analyst" });
  await auth.api.acceptInvitation({
    body: { invitationId: invitation.id },
    headers: analyst.headers,
  });
  return { owner, analyst: callerFor(database.db, auth, analyst.headers) };
}

describe("webhooks router", () => {
  it("shows the signing secret once, lists endpoints without it, and audits the change", async () => {
    const { caller, merchantId } = await signUpOwner(database.db, auth);
    const created = await caller.webhooks.endpoints.create({
      url: "https://shop.example/hooks",
      description: "CRM",
      eventTypes: ["points.earned", "member.created"],
    });
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await caller.webhooks.endpoints.list();
    expect(listed).toEqual([
      expect.objectContaining({
        id: created.id,
        url: "https://shop.example/hooks",
        description: "CRM",
        eventTypes: ["member.created", "points.earned"],
        isActive: true,
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const audits = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.merchantId, merchantId));
    expect(audits.map((a) => a.action)).toContain("webhook_endpoint.created");
  });

  it("refuses a non-http(s) address or no events with field errors", async () => {
    const { caller } = await signUpOwner(database.db, auth);
    const fieldsOf = async (input: { url: string; eventTypes: "points.earned"[] }) => {
      const error = await caller.webhooks.endpoints.create(input).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      const cause = (error as { cause?: unknown }).cause;
      expect(cause).toBeInstanceOf(ZodError);
      return Object.keys(z.flattenError(cause as ZodError).fieldErrors);
    };
    for (const url of ["ftp://shop.example/hooks", "javascript:alert(1)", "not a url"]) {
      expect(await fieldsOf({ url, eventTypes: ["points.earned"] })).toEqual(["url"]);
    }
    expect(await fieldsOf({ url: "https://shop.example/hooks", eventTypes: [] })).toEqual([
      "eventTypes",
    ]);
    expect(await caller.webhooks.endpoints.list()).toEqual([]);
  });

  it("sends a test, logs it with the response, filters the log and replays", async () => {
    const hook = await receiver();
    const { caller } = await signUpOwner(database.db, auth);
    const { id } = await caller.webhooks.endpoints.create({
      url: hook.url,
      eventTypes: ["points.earned"],
    });
    const sent = await caller.webhooks.endpoints.sendTest({ id });
    expect(sent).toMatchObject({ deliveryStatus: "succeeded", sent: { status: 200 } });
    const log = await caller.webhooks.deliveries.list({});
    expect(log).toMatchObject({ total: 1, page: 1 });
    expect(log.rows[0]).toMatchObject({
      id: sent.id,
      eventType: "webhook.test",
      status: "succeeded",
      attempts: 1,
      lastResponseStatus: 200,
      url: hook.url,
      payload: expect.objectContaining({ type: "webhook.test" }),
    });
    expect((await caller.webhooks.deliveries.list({ status: "failed" })).total).toBe(0);
    expect((await caller.webhooks.deliveries.list({ endpointId: id })).total).toBe(1);

    const replay = await caller.webhooks.deliveries.replay({ id: sent.id });
    expect(replay).toMatchObject({ isNew: true, deliveryStatus: "succeeded" });
    expect((await caller.webhooks.deliveries.replay({ id: sent.id })).isNew).toBe(false);
    expect((await caller.webhooks.deliveries.list({})).total).toBe(2);
    expect(hook.received).toHaveLength(2);
  });

  it("lets an analyst read endpoints and the log but change or send nothing", async () => {
    const hook = await receiver();
    const { owner, analyst } = await ownerWithAnalyst();
    const { id } = await owner.caller.webhooks.endpoints.create({
      url: hook.url,
      eventTypes: ["member.created"],
    });
    const sent = await owner.caller.webhooks.endpoints.sendTest({ id });
    expect(await analyst.webhooks.endpoints.list()).toHaveLength(1);
    expect((await analyst.webhooks.deliveries.list({})).total).toBe(1);
    const forbidden = { code: "FORBIDDEN" };
    await expect(
      analyst.webhooks.endpoints.create({ url: hook.url, eventTypes: ["member.created"] }),
    ).rejects.toMatchObject(forbidden);
    await expect(analyst.webhooks.endpoints.update({ id, isActive: false })).rejects.toMatchObject(
      forbidden,
    );
    await expect(analyst.webhooks.endpoints.rotateSecret({ id })).rejects.toMatchObject(forbidden);
    await expect(analyst.webhooks.endpoints.delete({ id })).rejects.toMatchObject(forbidden);
    await expect(analyst.webhooks.endpoints.sendTest({ id })).rejects.toMatchObject(forbidden);
    await expect(analyst.webhooks.deliveries.replay({ id: sent.id })).rejects.toMatchObject(
      forbidden,
    );
    expect(hook.received).toHaveLength(1);
    expect((await owner.caller.webhooks.endpoints.list())[0]?.isActive).toBe(true);
  });

  it("cannot see, change, send to or replay another store's webhooks", async () => {
    const hook = await receiver();
    const victim = await signUpOwner(database.db, auth);
    const attacker = await signUpOwner(database.db, auth);
    const { id } = await victim.caller.webhooks.endpoints.create({
      url: hook.url,
      eventTypes: ["member.created"],
    });
    const sent = await victim.caller.webhooks.endpoints.sendTest({ id });
    const notFound = { code: "NOT_FOUND" };
    await expect(
      attacker.caller.webhooks.endpoints.update({ id, url: "https://evil.example/steal" }),
    ).rejects.toMatchObject(notFound);
    await expect(attacker.caller.webhooks.endpoints.rotateSecret({ id })).rejects.toMatchObject(
      notFound,
    );
    await expect(attacker.caller.webhooks.endpoints.sendTest({ id })).rejects.toMatchObject(
      notFound,
    );
    await expect(attacker.caller.webhooks.endpoints.delete({ id })).rejects.toMatchObject(notFound);
    await expect(attacker.caller.webhooks.deliveries.replay({ id: sent.id })).rejects.toMatchObject(
      notFound,
    );
    expect(await attacker.caller.webhooks.endpoints.list()).toEqual([]);
    expect(await attacker.caller.webhooks.deliveries.list({ endpointId: id })).toMatchObject({
      total: 0,
      rows: [],
    });
    expect((await victim.caller.webhooks.endpoints.list())[0]?.url).toBe(hook.url);
    const victimDeliveries = await database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.merchantId, victim.merchantId));
    expect(victimDeliveries).toHaveLength(1);
    expect(hook.received).toHaveLength(1);
  });
});
