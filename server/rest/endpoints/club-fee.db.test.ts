import { beforeAll, describe, expect, it } from "vitest";
import { enrollMember } from "@/server/services/members/enroll-member";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { payClubFee } from "../contract/club";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore, type RestStore, secretHeaders } from "../testing/rest-store";
import * as feeRoute from "./club-fee";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const feeClub = {
  type: "club" as const,
  club: { discountBp: 1000, joinBy: "fee" as const, fee: 99_000 },
};
const pay = (store: RestStore, externalId: string, body: unknown, key: string | null) =>
  callHandler(feeRoute.POST, `/members/${externalId}/club-fee`, {
    headers: secretHeaders(store, key),
    params: { externalId },
    body,
  });

describe("POST /members/{externalId}/club-fee", () => {
  it("joins once per Idempotency-Key, renews with a new key, refuses less than the fee", async () => {
    const store = await createRestStore(database.db, feeClub);
    await enrollMember({ ctx: store.ctx, input: { externalId: "cust-1" } });
    expect((await pay(store, "cust-1", { amount: 99_000 }, null)).status).toBe(400);
    expect((await pay(store, "cust-1", { amount: 50_000 }, "fee-0")).status).toBe(400);
    const first = await pay(store, "cust-1", { amount: 99_000 }, "fee-1");
    expect(first.status).toBe(200);
    const joined = payClubFee.output.parse(first.json);
    expect(joined).toMatchObject({ externalId: "cust-1", isRenewed: false });
    const retry = await pay(store, "cust-1", { amount: 99_000 }, "fee-1");
    expect(retry.json).toEqual(first.json);
    const renewed = payClubFee.output.parse(
      (await pay(store, "cust-1", { amount: 99_000 }, "fee-2")).json,
    );
    expect(renewed.isRenewed).toBe(true);
    const year = Date.parse(renewed.endsAt ?? "") - Date.parse(joined.endsAt ?? "");
    expect(year).toBe(365 * 86_400_000);
  });

  it("another store's member is not found", async () => {
    const store = await createRestStore(database.db, feeClub);
    const other = await createRestStore(database.db, feeClub);
    await enrollMember({ ctx: other.ctx, input: { externalId: "theirs" } });
    expect((await pay(store, "theirs", { amount: 99_000 }, "k-1")).status).toBe(404);
  });
});
