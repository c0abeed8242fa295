import http from "node:http";
import type { LoadFigures, Target } from "./load";

/**
 * Requests at a steady rate, one every 1000/rate ms, whether or not earlier ones have answered
 * (an open loop, as shoppers arrive). autocannon's `overallRate` is a per-connection quota
 * per second: each connection sends back to back until its quota is used, so its "500 req/s"
 * is full-speed bursts and idle gaps. A request's latency runs from when it was due, so a
 * server that falls behind shows its queue in the figures instead of slowing the sender.
 */
export async function runPaced(
  target: Target,
  options: { rate: number; seconds: number; connections: number },
): Promise<LoadFigures> {
  const { rate, seconds, connections } = options;
  const url = new URL(target.url);
  // Round-robin over the sockets keeps each one busy: a socket left idle past the server's
  // keep-alive timeout is closed by the server, and a request sent on it as it closes fails.
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, scheduling: "fifo" });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const answered: Promise<void>[] = [];
  const started = performance.now();

  const send = (dueAt: number, headers: Record<string, string>) =>
    new Promise<void>((resolve) => {
      const request = http.request(url, { method: target.method, headers, agent }, (response) => {
        response.resume();
        response.on("end", () => {
          if ((response.statusCode ?? 0) >= 300) non2xx++;
          latencies.push(performance.now() - dueAt);
          resolve();
        });
      });
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(target.body);
    });

  while (answered.length < total) {
    const now = performance.now();
    for (let next = answered.length; next < total && started + next * interval <= now; next++) {
      const headers = target.headers[next % target.headers.length] ?? {};
      answered.push(send(started + next * interval, headers));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(answered);
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))] ?? 0);
  return {
    requestsPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    requests: latencies.length,
    non2xx,
    errors,
  };
}
