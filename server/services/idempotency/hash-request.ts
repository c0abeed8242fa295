import { createHash } from "node:crypto";

/** Key order must not matter: {a,b} and {b,a} are the same request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function hashRequest(operation: string, input: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify([operation, canonical(input)]))
    .digest("hex");
}
