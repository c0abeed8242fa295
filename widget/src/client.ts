import { postJson } from "./api";
import { SCRIPT_ORIGIN } from "./script-origin";

export type TokenProvider = () => Promise<string>;

type Host = HTMLElement & { tokenProvider?: TokenProvider | null };

/** The element's way to the API: its attributes, plus a shopper token refreshed on 401. */
export function createClient(host: Host) {
  let refreshedToken: string | null = null;
  let refreshing: Promise<string | null> | null = null;

  // Concurrent 401s share one call to the store's provider.
  const refreshToken = () => {
    refreshing ??= Promise.resolve()
      .then(() => host.tokenProvider?.())
      .then(
        (token) => (refreshedToken = token || null),
        () => null,
      )
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  };

  return {
    /** A new `shopper-token` attribute wins over a refreshed token. */
    forgetToken(): void {
      refreshedToken = null;
    },

    post<T>(path: string, body: unknown): Promise<T> {
      const key = host.getAttribute("publishable-key");
      if (!key) return Promise.reject(new Error("kopilka: publishable-key is missing"));
      const base = (host.getAttribute("api-base") || SCRIPT_ORIGIN).replace(/\/+$/, "");
      const token = refreshedToken ?? host.getAttribute("shopper-token");
      const url = `${base}/api/v1/widget/${path}`;
      return postJson<T>({ url, key, token, body }, host.tokenProvider ? refreshToken : null);
    },
  };
}
