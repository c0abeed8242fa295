/** CORS only for the store's own origins; anything else gets no CORS headers at all. */
export function corsHeaders(origin: string | null, allowedOrigins: readonly string[]): Headers {
  const headers = new Headers({ vary: "Origin" });
  if (!origin || !allowedOrigins.includes(origin)) return headers;
  headers.set("access-control-allow-origin", origin);
  headers.set("access-control-allow-methods", "POST, GET, OPTIONS");
  headers.set("access-control-allow-headers", "content-type, authorization, x-kopilka-key");
  headers.set("access-control-max-age", "600");
  return headers;
}

export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
