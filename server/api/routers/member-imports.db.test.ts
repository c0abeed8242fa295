import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { importMembersJob } from "@/server/jobs/import-members";
import { enrollMember } from "@/server/services/members/enroll-member";
import { exportMembers } from "@/server/services/members/export-members";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

type Caller = Awaited<ReturnType<typeof createAdminCallers>>["owner"];
type Row = { row: number; data: Record<string, string> };

/** What the import page does: open the import, send the rows in parts, start it. */
async function uploadFile(caller: Caller, rows: Row[], batchKey = `batch-${randomUUID()}`) {
  const opened = await caller.memberImports.create({
    batchKey,
    fileName: "members.csv",
    total: rows.length,
  });
  for (let i = 0; i < rows.length; i += 1000) {
    await caller.memberImports.addRows({ importId: opened.id, rows: rows.slice(i, i + 1000) });
  }
  await caller.memberImports.start({ importId: opened.id });
  return opened.id;
}

const member = (n: number, points = 10): Row => ({
  row: n + 1,
  data: { externalId: `imp-${n}`, name: `Member ${n}`, points: String(points) },
});

describe("member imports router and job", () => {
  it("imports a file in chunks on the job, reports bad and repeated rows, and knows the file again", async () => {
    const { owner, ctx } = await createAdminCallers(database, auth);
    await enrollMember({ ctx, input: { externalId: "ext-bob", name: "Bob Stone" } });
    const rows = [
      {
        row: 2,
        data: { externalId: "imp-1", name: "Ivan", email: "ivan@example.com", points: "300" },
      },
      { row: 3, data: { externalId: "imp-bad", email: "not-an-email", points: "10" } },
      { row: 4, data: { externalId: "ext-bob", points: "40" } },
      { row: 5, data: { externalId: "imp-1", points: "999" } },
      ...Array.from({ length: 446 }, (_, i) => ({ ...member(i + 10), row: i + 6 })),
    ];
    const batchKey = `batch-${randomUUID()}`;
    const importId = await uploadFile(owner, rows, batchKey);
    expect(await owner.memberImports.get({ importId })).toMatchObject({
      status: "queued",
      processed: 0,
      total: 450,
    });

    expect(await importMembersJob({ db: database.db })).toEqual({ chunks: 3 });
    const done = await owner.memberImports.get({ importId });
    expect(done).toMatchObject({
      status: "done",
      fileName: "members.csv",
      total: 450,
      processed: 450,
      created: 447,
      existing: 1,
      failed: 2,
      credited: 300 + 40 + 446 * 10,
      startedBy: ctx.actor.label,
      error: null,
    });
    expect(done.finishedAt).toBeInstanceOf(Date);
    expect(done.failures).toEqual([
      { row: 3, externalId: "imp-bad", errors: { email: ["emailInvalid"] } },
      { row: 5, externalId: "imp-1", errors: { externalId: ["duplicateInFile"] } },
    ]);
    expect((await owner.members.list({ q: "Ivan" })).rows[0]).toMatchObject({
      externalId: "imp-1",
      available: 300,
    });
    expect((await owner.members.list({ q: "ext-bob" })).rows[0]?.available).toBe(40);
    expect((await owner.members.list({})).total).toBe(448);
    let csv = "";
    for await (const chunk of exportMembers({ ctx, input: { q: "Ivan" } })) csv += chunk;
    expect(csv).toMatch(/\r\nimp-1,Ivan,ivan@example.com,,,300,0,0,0,.+,,no\r\n/);
    const actions = (await owner.audit.list({ action: "members.import" })).rows.map(
      (r) => r.action,
    );
    expect(actions).toEqual(["members.imported", "members.import.started"]);

    const again = await owner.memberImports.create({ batchKey, fileName: "again.csv", total: 450 });
    expect(again).toMatchObject({ id: importId, isNew: false, status: "done", created: 447 });
    expect(await importMembersJob({ db: database.db })).toEqual({ chunks: 0 });
    expect((await owner.memberImports.list()).map((i) => i.id)).toEqual([importId]);
  });

  it("two runners at once import every row once and credit every balance once", async () => {
    const { owner } = await createAdminCallers(database, auth);
    const first = await uploadFile(
      owner,
      Array.from({ length: 500 }, (_, i) => member(i, 7)),
    );
    const second = await uploadFile(
      owner,
      Array.from({ length: 300 }, (_, i) => member(i + 1000, 5)),
    );
    await Promise.all([
      importMembersJob({ db: database.db }),
      importMembersJob({ db: database.db }),
    ]);
    expect(await owner.memberImports.get({ importId: first })).toMatchObject({
      status: "done",
      created: 500,
      credited: 3500,
    });
    expect(await owner.memberImports.get({ importId: second })).toMatchObject({
      status: "done",
      created: 300,
      credited: 1500,
    });
    const list = await owner.members.list({ pageSize: 100, balanceMin: 8 });
    expect(list.total).toBe(0);
  });

  it("a chunk that fails stops its import with the error; starting it again resumes at the cursor", async () => {
    const { owner } = await createAdminCallers(database, auth);
    const boom = `boom-${randomUUID()}`;
    await database.db.execute(
      sql.raw(`create function refuse_boom() returns trigger language plpgsql as $$
        begin
          if new.external_id = '${boom}' then raise exception 'the members table refused %', new.external_id; end if;
          return new;
        end $$`),
    );
    await database.db.execute(
      sql.raw(
        "create trigger refuse_boom before insert on members for each row execute function refuse_boom()",
      ),
    );
    const rows = Array.from({ length: 450 }, (_, i) => member(i + 2000, 3));
    rows[300] = { row: rows[300]?.row ?? 0, data: { externalId: boom, points: "3" } };
    const importId = await uploadFile(owner, rows);
    const later = await uploadFile(owner, [member(3000, 1)]);

    await importMembersJob({ db: database.db });
    const stopped = await owner.memberImports.get({ importId });
    expect(stopped).toMatchObject({
      status: "failed",
      processed: 200,
      created: 200,
      credited: 600,
    });
    expect(stopped.error).toContain(`the members table refused ${boom}`);
    expect(await owner.memberImports.get({ importId: later })).toMatchObject({ status: "done" });

    await database.db.execute(sql.raw("drop trigger refuse_boom on members"));
    await owner.memberImports.start({ importId });
    await importMembersJob({ db: database.db });
    expect(await owner.memberImports.get({ importId })).toMatchObject({
      status: "done",
      processed: 450,
      created: 450,
      credited: 1350,
      error: null,
    });
    expect((await owner.members.list({ balanceMin: 4 })).total).toBe(0);
  });

  it("refuses rows beyond the file's count, a start before every row arrived, and rows after the start", async () => {
    const { owner } = await createAdminCallers(database, auth);
    const opened = await owner.memberImports.create({
      batchKey: `batch-${randomUUID()}`,
      fileName: "short.csv",
      total: 2,
    });
    await owner.memberImports.addRows({ importId: opened.id, rows: [member(1)] });
    await expect(owner.memberImports.start({ importId: opened.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Only 1 of the file's 2 rows arrived; upload the file again",
    });
    await expect(
      owner.memberImports.addRows({ importId: opened.id, rows: [member(2), member(3)] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await owner.memberImports.addRows({ importId: opened.id, rows: [member(1), member(2)] });
    await owner.memberImports.start({ importId: opened.id });
    await expect(
      owner.memberImports.addRows({ importId: opened.id, rows: [member(3)] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      owner.memberImports.create({ batchKey: "short", fileName: "x.csv", total: 1 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("an analyst sees imports but cannot start one; another store can neither see nor touch them", async () => {
    const { owner, analyst, attacker } = await createAdminCallers(database, auth);
    const batchKey = `batch-${randomUUID()}`;
    const importId = await uploadFile(owner, [member(1, 50)], batchKey);
    expect((await analyst.memberImports.list()).map((i) => i.id)).toEqual([importId]);
    expect((await analyst.memberImports.get({ importId })).total).toBe(1);
    await expect(
      analyst.memberImports.create({
        batchKey: `batch-${randomUUID()}`,
        fileName: "a.csv",
        total: 1,
      }),
    ).rejects.toMatchObject(forbidden);
    await expect(
      analyst.memberImports.addRows({ importId, rows: [member(2)] }),
    ).rejects.toMatchObject(forbidden);
    await expect(analyst.memberImports.start({ importId })).rejects.toMatchObject(forbidden);

    expect(await attacker.memberImports.list()).toEqual([]);
    await expect(attacker.memberImports.get({ importId })).rejects.toMatchObject(notFound);
    await expect(
      attacker.memberImports.addRows({ importId, rows: [member(2)] }),
    ).rejects.toMatchObject(notFound);
    await expect(attacker.memberImports.start({ importId })).rejects.toMatchObject(notFound);
    // The same file in another store is that store's own import, crediting its own members.
    const theirs = await attacker.memberImports.create({ batchKey, fileName: "m.csv", total: 1 });
    expect(theirs).toMatchObject({ isNew: true, status: "uploading" });
    expect(theirs.id).not.toBe(importId);
    await importMembersJob({ db: database.db });
    expect((await owner.members.list({ q: "imp-1" })).rows[0]?.available).toBe(50);
    expect((await attacker.members.list({})).total).toBe(0);
  });
});
