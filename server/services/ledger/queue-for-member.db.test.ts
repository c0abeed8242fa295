import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Executor } from "@/db/database";
import { addMember, createLoyaltyStore } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { lockMember } from "../members/lock-member";
import { lockBuyer } from "../orders/lock-buyer";
import { lockBalance } from "./lock-balance";
import { rowsOf } from "./rows-of";

const database = setUpTestDatabase();

const heldQueues = async (tx: Executor) =>
  rowsOf<{ key: string }>(
    await tx.execute(sql`select classid::text || ':' || objid::text as key from pg_locks
      where locktype = 'advisory' and pid = pg_backend_pid()`),
  ).map((row) => row.key);

describe("the member's queue", () => {
  it("is one key per member, whichever path locks the member", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 100);
    const other = await addMember(ctx, 100);
    const now = new Date();
    const queueOf = (lock: (tx: Executor) => Promise<unknown>) =>
      database.db.transaction(async (tx) => {
        await lock(tx);
        return heldQueues(tx);
      });

    const byExternalId = await queueOf((tx) =>
      lockBuyer(tx, ctx.merchantId, buyer.ref, now, "Q-1"),
    );
    const byId = await queueOf((tx) =>
      lockBuyer(tx, ctx.merchantId, { memberId: buyer.id }, now, "Q-1"),
    );
    const byBalance = await queueOf((tx) =>
      lockBalance(tx, { merchantId: ctx.merchantId, memberId: buyer.id }),
    );
    const bySmallVerbs = await queueOf((tx) => lockMember(tx, ctx.merchantId, buyer.ref));
    const ofOther = await queueOf((tx) =>
      lockBalance(tx, { merchantId: ctx.merchantId, memberId: other.id }),
    );

    expect(byExternalId).toHaveLength(1);
    expect(byId).toEqual(byExternalId);
    expect(byBalance).toEqual(byExternalId);
    expect(bySmallVerbs).toEqual(byExternalId);
    expect(ofOther).toHaveLength(1);
    expect(ofOther).not.toEqual(byExternalId);
  });
});
