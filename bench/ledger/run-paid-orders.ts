import type { ServiceContext } from "@/server/services/context";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { benchLines, pointsPerOrder } from "./bench-program";
import { runConcurrently } from "./run-concurrently";

export type PhaseResult = {
  phase: string;
  orders: number;
  refused: number;
  errors: number;
  seconds: number;
  tps: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  clientCpuMs?: number;
  serverCpuMs?: number;
  walKbPerOrder?: number;
};

/**
 * `clients` loops paying one-shot orders that each spend points, for `seconds`. `pickMember`
 * chooses the buyer of each order (spread over many members, or always the hot one).
 */
export async function runPaidOrders(options: {
  ctx: ServiceContext;
  phase: string;
  clients: number;
  seconds: number;
  pickMember: () => string;
}): Promise<PhaseResult> {
  const { ctx, phase, clients, seconds, pickMember } = options;
  const latencies: number[] = [];
  let refused = 0;
  let errors = 0;
  let sequence = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await runConcurrently(clients, async () => {
    while (performance.now() < deadline) {
      const n = sequence++;
      const input = {
        idempotencyKey: `${phase}-${n}`,
        orderId: `${phase}-${n}`,
        member: { externalId: pickMember() },
        lines: benchLines[n % benchLines.length] ?? [],
        pointsToSpend: pointsPerOrder,
      };
      const t = performance.now();
      try {
        const paid = await markOrderPaid({ ctx, input });
        if (paid.redeemedPoints !== pointsPerOrder) refused++;
        else latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        if (errors <= 3) console.error(`${phase}: ${(error as Error).message}`);
      }
    }
  });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((latencies[Math.floor(q * (latencies.length - 1))] ?? 0) * 10) / 10;
  return {
    phase,
    orders: latencies.length,
    refused,
    errors,
    seconds: Math.round(elapsed * 10) / 10,
    tps: Math.round(latencies.length / elapsed),
    p50ms: at(0.5),
    p95ms: at(0.95),
    p99ms: at(0.99),
  };
}
