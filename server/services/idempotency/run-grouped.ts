import { availableParallelism } from "node:os";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/database";
import type { WriteBatch } from "../ledger/write-batch";
import { type Call, runIdempotent, sendClaim, settleClaim } from "./run-idempotent";

/** An idempotent call that may share its transaction with others of the same `kind`. */
export type GroupedCall<T, P> = {
  call: Call;
  /** Calls of one kind lock alike (e.g. a member by its store id), so they may share. */
  kind: string;
  /** What the call locks (e.g. the member): two calls of one lane never share a transaction. */
  lane: string;
  prefetch: (tx: Tx) => Promise<P>;
  effect: (tx: Tx, batch: WriteBatch, prefetched: P) => Promise<T>;
};

type Waiting = {
  grouped: GroupedCall<unknown, unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
};

/** Calls waiting for a group, groups running, and calls under way per lane. */
type Queue = { waiting: Waiting[]; running: number; busy: Map<string, number> };

// A group per core and one more, so that the cores have work while a group waits for a round
// trip or its WAL flush; calls that arrive meanwhile wait and then share the next group.
const groupsAtOnce = availableParallelism() + 1;
const maxGroupSize = 12;
const queues = new WeakMap<Db, Queue>();

/**
 * Runs an idempotent call (runIdempotent) in a transaction it may share with calls that arrive
 * while the database is busy: their claims and reads go out in one round trip and their writes
 * with one COMMIT, so a burst costs one transaction per group instead of one per call. Each
 * call's statements are the ones it sends alone. If anything fails the group rolls back and
 * every call runs again alone, so a call only ever sees its own error. Inside a caller's
 * transaction the call simply runs there.
 */
export function runGrouped<T, P>(grouped: GroupedCall<T, P>): Promise<T> {
  const { db } = grouped.call.ctx;
  if (db instanceof PgTransaction) return runAlone(grouped);
  const queue = queueOf(db);
  return new Promise<T>((resolve, reject) => {
    queue.waiting.push({
      grouped: grouped as GroupedCall<unknown, unknown>,
      resolve: resolve as (result: unknown) => void,
      reject,
    });
    startGroups(db, queue);
  });
}

function queueOf(db: Db): Queue {
  let queue = queues.get(db);
  if (!queue) {
    queue = { waiting: [], running: 0, busy: new Map() };
    queues.set(db, queue);
  }
  return queue;
}

function startGroups(db: Db, queue: Queue) {
  for (;;) {
    sendBusyLanesAlone(queue);
    if (queue.running >= groupsAtOnce || queue.waiting.length === 0) return;
    const group = takeGroup(queue);
    queue.running++;
    void occupy(queue, group, () => runGroup(db, group)).finally(() => {
      queue.running--;
      startGroups(db, queue);
    });
  }
}

/**
 * A call for a member whose order is under way could only wait for that order in a group, and
 * keep the group waiting: it runs alone at once and waits in the member's queue in Postgres,
 * where the member's next order starts the moment the one before commits.
 */
function sendBusyLanesAlone(queue: Queue) {
  const free: Waiting[] = [];
  for (const waiting of queue.waiting) {
    if (!queue.busy.has(waiting.grouped.lane)) {
      free.push(waiting);
      continue;
    }
    void occupy(queue, [waiting], () => settleAlone(waiting));
  }
  queue.waiting = free;
}

/** Marks the calls' lanes busy while `run` runs. */
async function occupy(queue: Queue, calls: Waiting[], run: () => Promise<void>) {
  const { busy } = queue;
  for (const { grouped } of calls) busy.set(grouped.lane, (busy.get(grouped.lane) ?? 0) + 1);
  try {
    await run();
  } finally {
    for (const { grouped } of calls) {
      const left = (busy.get(grouped.lane) ?? 1) - 1;
      if (left === 0) busy.delete(grouped.lane);
      else busy.set(grouped.lane, left);
    }
  }
}

/**
 * The oldest waiting call and those after it of its kind, one per lane, sorted by lane: two
 * groups that lock the same members lock them in the same order, so they queue, not deadlock.
 */
function takeGroup(queue: Queue): Waiting[] {
  const kind = queue.waiting[0]?.grouped.kind;
  const lanes = new Set<string>();
  const group: Waiting[] = [];
  const rest: Waiting[] = [];
  for (const waiting of queue.waiting) {
    const { lane } = waiting.grouped;
    if (group.length < maxGroupSize && waiting.grouped.kind === kind && !lanes.has(lane)) {
      lanes.add(lane);
      group.push(waiting);
    } else {
      rest.push(waiting);
    }
  }
  queue.waiting = rest;
  return group.sort((a, b) => (a.grouped.lane < b.grouped.lane ? -1 : 1));
}

async function runGroup(db: Db, group: Waiting[]) {
  if (group.length > 1) {
    try {
      const results = await db.transaction(async (tx) => {
        const sent = group.map(({ grouped }) => {
          const claim = sendClaim(tx, grouped.call, grouped.prefetch);
          // After a failure the later claims are never awaited; the group's error is the one.
          claim.claimed.catch(() => {});
          return { grouped, claim };
        });
        const settled: unknown[] = [];
        for (const { grouped, claim } of sent) {
          settled.push(await settleClaim(tx, grouped.call, claim, grouped.effect));
        }
        return settled;
      });
      for (const [i, waiting] of group.entries()) waiting.resolve(results[i]);
      return;
    } catch {
      // Whose error it was, and whether the others would pass, only running alone can tell.
    }
  }
  await Promise.all(group.map(settleAlone));
}

/** Runs a waiting call alone and hands its caller the result or the error. */
function settleAlone(waiting: Waiting) {
  return runAlone(waiting.grouped).then(waiting.resolve, waiting.reject);
}

function runAlone<T, P>(grouped: GroupedCall<T, P>) {
  return runIdempotent(grouped.call, grouped.effect, grouped.prefetch);
}
