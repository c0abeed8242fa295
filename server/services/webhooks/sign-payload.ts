import { createHmac } from "node:crypto";

/**
 * `Kopilka-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The timestamp is
 * signed too, so a receiver can refuse old replays (docs/integration.md).
 */
export function signPayload({ secret, body, at }: { secret: string; body: string; at: Date }) {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}
