import autocannon, { type Result } from "autocannon";

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
};

export type Target = {
  url: string;
  method: "GET" | "POST";
  /** One header set per request in turn (e.g. a shopper token each). */
  headers: Record<string, string>[];
  body?: string;
};

/** Runs autocannon against one endpoint, rotating header sets across requests. */
export async function runLoad(
  target: Target,
  options: { connections: number; seconds: number; overallRate?: number },
): Promise<LoadFigures> {
  let turn = 0;
  const result: Result = await autocannon({
    url: target.url,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.overallRate,
    requests: [
      {
        method: target.method,
        body: target.body,
        setupRequest: (request) => {
          const headers = target.headers[turn++ % target.headers.length] ?? {};
          return { ...request, headers };
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Two targets in halves, A B B A: on a shared machine the load drifts, and this order cancels
 * a steady drift between them. Throughput is over both halves; p99 is the worse half's.
 */
export async function runPaired(
  a: Target,
  b: Target,
  options: { connections: number; seconds: number },
): Promise<[LoadFigures, LoadFigures]> {
  const half = { connections: options.connections, seconds: options.seconds / 2 };
  const a1 = await runLoad(a, half);
  const b1 = await runLoad(b, half);
  const b2 = await runLoad(b, half);
  const a2 = await runLoad(a, half);
  return [combine(a1, a2, options.seconds), combine(b1, b2, options.seconds)];
}

function combine(x: LoadFigures, y: LoadFigures, seconds: number): LoadFigures {
  return {
    requestsPerSecond: Math.round((x.requests + y.requests) / seconds),
    p50Ms: Math.max(x.p50Ms, y.p50Ms),
    p99Ms: Math.max(x.p99Ms, y.p99Ms),
    requests: x.requests + y.requests,
    non2xx: x.non2xx + y.non2xx,
    errors: x.errors + y.errors,
  };
}
