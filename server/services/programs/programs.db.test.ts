import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, programVersions } from "@/db/schema";
import { Conflict, InvalidInput, NotFound } from "@/server/errors";
import { createTestMerchant } from "@/server/testing/create-test-merchant";
import { bonusProgram } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { createProgram } from "./create-program";
import { listActiveVersions } from "./list-active-versions";
import { publishProgram } from "./publish-program";
import { saveProgramDraft } from "./save-draft";

const database = setUpTestDatabase();

const tiers = {
  type: "tiers",
  tiers: {
    levels: [
      { id: "base", name: "Base", threshold: 0 },
      { id: "vip", name: "VIP", threshold: 1_000_000 },
    ],
  },
  discount: { rule: { kind: "fixed", percentBp: 500 } },
};

describe("programs", () => {
  it("draft -> published versions; several programs active at once, oldest first", async () => {
    const ctx = await createTestMerchant(database.db);
    const bonus = await createProgram({ ctx, input: { name: "Bonus", config: bonusProgram() } });
    expect(await listActiveVersions({ ctx })).toEqual([]);
    const v1 = await publishProgram({ ctx, input: { programId: bonus.programId } });
    const club = await createProgram({ ctx, input: { name: "Tiers", config: tiers } });
    await publishProgram({ ctx, input: { programId: club.programId } });
    const draft = await saveProgramDraft({
      ctx,
      input: { programId: bonus.programId, config: bonusProgram({ pointValue: 50 }) },
    });
    expect(draft.version).toBe(2);
    const active = await listActiveVersions({ ctx });
    expect(active.map((v) => [v.programName, v.version])).toEqual([
      ["Bonus", 1],
      ["Tiers", 1],
    ]);
    expect(active[0]?.versionId).toBe(v1.versionId);
    const v2 = await publishProgram({ ctx, input: { programId: bonus.programId } });
    expect((await listActiveVersions({ ctx }))[0]).toMatchObject({
      versionId: v2.versionId,
      version: 2,
    });
    await expect(
      publishProgram({ ctx, input: { programId: bonus.programId } }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it("publishing writes its audit row; a published version can no longer change", async () => {
    const ctx = await createTestMerchant(database.db);
    const { programId } = await createProgram({
      ctx,
      input: { name: "Bonus", config: bonusProgram() },
    });
    const { versionId } = await publishProgram({ ctx, input: { programId } });
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.merchantId, ctx.merchantId), eq(auditLog.action, "program.published")),
      );
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ versionId, version: 1 });
    await expect(
      database.db
        .update(programVersions)
        .set({ config: {} })
        .where(
          and(eq(programVersions.merchantId, ctx.merchantId), eq(programVersions.id, versionId)),
        ),
    ).rejects.toThrow();
  });

  it("rejects an invalid config with field messages from the engine's schema", async () => {
    const ctx = await createTestMerchant(database.db);
    const bad = { type: "bonus", bonus: { earn: { kind: "percent", percentBp: 20_000 } } };
    const error = await createProgram({ ctx, input: { name: "Bad", config: bad } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInput);
    expect(Object.keys((error as InvalidInput).fieldErrors ?? {})).toContain(
      "bonus.earn.percentBp",
    );
  });

  it("another store cannot draft or publish this store's program", async () => {
    const a = await createTestMerchant(database.db);
    const b = await createTestMerchant(database.db);
    const { programId } = await createProgram({
      ctx: a,
      input: { name: "Bonus", config: bonusProgram() },
    });
    await expect(publishProgram({ ctx: b, input: { programId } })).rejects.toBeInstanceOf(NotFound);
    await expect(
      saveProgramDraft({ ctx: b, input: { programId, config: bonusProgram() } }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await listActiveVersions({ ctx: b })).toEqual([]);
  });
});
