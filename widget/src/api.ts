/** Past this the widget gives up and the checkout goes on without points. */
const TIMEOUT_MS = 3000;

export type ApiRequest = { url: string; key: string; token: string | null; body: unknown };

function send({ url, key, token, body }: ApiRequest): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-kopilka-key": key,
  };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(url, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
    credentials: "omit",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

/** POSTs JSON; on 401 asks `refreshToken` for a new shopper token once and retries with it. */
export async function postJson<T>(
  request: ApiRequest,
  refreshToken: (() => Promise<string | null>) | null,
): Promise<T> {
  let response = await send(request);
  if (response.status === 401 && refreshToken) {
    const token = await refreshToken();
    if (token) response = await send({ ...request, token });
  }
  if (!response.ok) throw new Error(`kopilka: ${request.url} answered ${response.status}`);
  return (await response.json()) as T;
}
