import autocannon, { type Result } from "autocannon";

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
};

type Target = {
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
