/** Only same-site paths: a crafted ?next= must not send a fresh session to another site. */
export function safeNext(value: string | string[] | undefined, fallback = "/admin"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
