const KEY = "kopilka-ref";

/**
 * The `ref` code of the link the buyer arrived by, kept in the store's localStorage so it
 * survives browsing until they sign in; the server applies it once, when it first sees them.
 */
export function keepRef(): string | null {
  try {
    const ref = new URLSearchParams(location.search).get("ref");
    if (ref && /^[\w-]{4,40}$/.test(ref)) localStorage.setItem(KEY, ref);
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
