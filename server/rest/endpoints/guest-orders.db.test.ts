import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { recordGuestOrder } from "../contract/guest-orders";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore, type RestStore, secretHeaders } from "../testing/rest-store";
import * as recordRoute from "./guest-order";
import * as refundRoute from "./guest-order-refund";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const order = { customerRef: "cust-981", amount: 249_000, paidAt: "2026-11-23T12:00:00+03:00" };
const record = (store: RestStore, id: string, body: unknown, key: string | null = randomUUID()) =>
  callHandler(recordRoute.POST, `/guest-orders/${id}`, {
    headers: secretHeaders(store, key),
    params: { externalOrderId: id },
    body,
  });
const refund = (store: RestStore, id: string, body: unknown, key: string = randomUUID()) =>
  callHandler(refundRoute.POST, `/guest-orders/${id}/refund`, {
    headers: secretHeaders(store, key),
    params: { externalOrderId: id },
    body,
  });

describe("POST /guest-orders/{externalOrderId}", () => {
  it("records a guest order once; the same key replays, another key keeps the first report", async () => {
    const store = await createRestStore(database.db);
    const first = await record(store, "A-2001", order, "k-1");
    expect(first.status).toBe(200);
    expect(recordGuestOrder.output.parse(first.json)).toEqual({
      externalId: "A-2001",
      ...order,
      refundedAmount: 0,
      paidAt: "2026-11-23T09:00:00.000Z",
    });
    expect((await record(store, "A-2001", order, "k-1")).json).toEqual(first.json);
    const again = await record(store, "A-2001", { ...order, amount: 1 }, "k-2");
    expect(again.json).toMatchObject({ amount: 249_000 });
    expect((await record(store, "A-2001", { ...order, amount: 1 }, "k-1")).status).toBe(409);
  });

  it("needs an Idempotency-Key and a well-formed body", async () => {
    const store = await createRestStore(database.db);
    expect((await record(store, "A-1", order, null)).status).toBe(400);
    const bad = await record(store, "A-1", { customerRef: "", amount: -5, paidAt: "yesterday" });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.json as { error: { fieldErrors: object } }).error.fieldErrors)).toEqual(
      expect.arrayContaining(["customerRef", "amount", "paidAt"]),
    );
  });

  it("refunds add up and stop at the amount; another store's order is not found", async () => {
    const store = await createRestStore(database.db);
    const other = await createRestStore(database.db);
    await record(store, "A-3", order);
    expect((await refund(store, "A-3", { amount: 49_000 })).json).toMatchObject({
      refundedAmount: 49_000,
    });
    expect((await refund(store, "A-3", { amount: 500_000 })).json).toMatchObject({
      refundedAmount: 249_000,
    });
    expect((await refund(other, "A-3", {})).status).toBe(404);
  });
});
