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
  /**
   * What the call locks (e.g. the member). A group holds one call per lane; calls of a lane that
   * is under way wait for it, then run one after another in a transaction of their own.
   */
  lane: string;
  prefetch: (tx: Tx) => Promise<P>;
  effect: (tx: Tx, batch: WriteBatch, prefetched: P) => Promise<T>;
};

type Waiting = {
  grouped: GroupedCall<unknown, unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
};

/**
 * Calls waiting for a group, groups running, calls under way per lane, and calls waiting for
 * their lane to be free.
 */
type Queue = {
  waiting: Waiting[];
  running: number;
  busy: Map<string, number>;
  parked: Map<string, Waiting[]>;
};

// A group per core and one more, so that the cores have work while a group waits for a round
// trip or its WAL flush; calls that arrive meanwhile wait and then share the next group.
const groupsAtOnce = availableParallelism() + 1;
const maxGroupSize = 12;
const queues = new WeakMap<Db, Queue>();

/**
 * Runs an idempotent call (runIdempotent) in a transaction it may share with calls that arrive
 * while the database is busy: their claims and reads go out in one round trip and their writes
 * with one COMMIT, so a burst costs one transaction per group instead of one per call. Calls
 * of a lane that is under way (one member's orders) wait for it and then share a transaction
 * too, one after another. Each call's statements are the ones it sends alone. If anything
 * fails the transaction rolls back and every call runs again alone, so a call only ever sees
 * its own error. Inside a caller's transaction the call simply runs there.
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
    queue = { waiting: [], running: 0, busy: new Map(), parked: new Map() };
    queues.set(db, queue);
  }
  return queue;
}

function startGroups(db: Db, queue: Queue) {
  for (;;) {
    parkBusyLanes(queue);
    if (queue.running >= groupsAtOnce || queue.waiting.length === 0) return;
    const group = takeGroup(queue);
    queue.running++;
    void occupy(db, queue, group, () => runGroup(db, group)).finally(() => {
      queue.running--;
      startGroups(db, queue);
    });
  }
}

/**
 * A call for a member whose order is under way waits for it here, with the member's other
 * calls; when the lane is free they run one after another in one transaction (runLane).
 */
function parkBusyLanes(queue: Queue) {
  const free: Waiting[] = [];
  for (const waiting of queue.waiting) {
    const { lane } = waiting.grouped;
    if (!queue.busy.has(lane)) {
      free.push(waiting);
      continue;
    }
    const parked = queue.parked.get(lane);
    if (parked) parked.push(waiting);
    else queue.parked.set(lane, [waiting]);
  }
  queue.waiting = free;
}

function startLane(db: Db, queue: Queue, lane: string) {
  const parked = queue.parked.get(lane);
  if (!parked) return;
  const calls = parked.splice(0, maxGroupSize);
  if (parked.length === 0) queue.parked.delete(lane);
  void occupy(db, queue, calls, () => runLane(db, calls));
}

/** Marks the calls' lanes busy while `run` runs. */
async function occupy(db: Db, queue: Queue, calls: Waiting[], run: () => Promise<void>) {
  const { busy } = queue;
  for (const { grouped } of calls) busy.set(grouped.lane, (busy.get(grouped.lane) ?? 0) + 1);
  try {
    await run();
  } finally {
    for (const { grouped } of calls) {
      const left = (busy.get(grouped.lane) ?? 1) - 1;
      if (left > 0) busy.set(grouped.lane, left);
      else {
        busy.delete(grouped.lane);
        startLane(db, queue, grouped.lane);
      }
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

/** Calls of different lanes: all their claims and reads in one round trip, then their writes. */
function runGroup(db: Db, group: Waiting[]) {
  return runTogether(db, group, async (tx) => {
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
}

/**
 * Calls of one lane, one after another: each call's claim and reads go out behind the writes
 * of the call before, so each sees what the one before wrote.
 */
function runLane(db: Db, calls: Waiting[]) {
  return runTogether(db, calls, async (tx) => {
    const settled: unknown[] = [];
    for (const { grouped } of calls) {
      const claim = sendClaim(tx, grouped.call, grouped.prefetch);
      settled.push(await settleClaim(tx, grouped.call, claim, grouped.effect));
    }
    return settled;
  });
}

/**
 * Settles the calls in one transaction. If anything fails it rolls back and every call runs
 * again alone: whose error it was, and whether the others would pass, only running alone can tell.
 */
async function runTogether(db: Db, calls: Waiting[], settleAll: (tx: Tx) => Promise<unknown[]>) {
  if (calls.length > 1) {
    try {
      const results = await db.transaction(settleAll);
      for (const [i, waiting] of calls.entries()) waiting.resolve(results[i]);
      return;
    } catch {
      // Each call's own error, if any, comes from running alone below.
    }
  }
  await Promise.all(calls.map(settleAlone));
}

/** Runs a waiting call alone and hands its caller the result or the error. */
function settleAlone(waiting: Waiting) {
  return runAlone(waiting.grouped).then(waiting.resolve, waiting.reject);
}

function runAlone<T, P>(grouped: GroupedCall<T, P>) {
  return runIdempotent(grouped.call, grouped.effect, grouped.prefetch);
}
