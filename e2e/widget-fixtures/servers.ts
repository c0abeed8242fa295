import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Cart, Quote } from "../../widget/src/types";

const fixture = (name: string) => new URL(name, import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(fixture(name), "utf8")) as T;

export const MEMBER_TOKEN = "member-token";
/** A line with this SKU makes the fixture API answer late, to test out-of-order answers. */
export const SLOW_SKU = "SLOW";

export type Failure = "none" | "down" | "hang";

export type ApiRequest = {
  path: string;
  authorization: string | null;
  key: string | null;
  body: unknown;
};

/** What a test can steer and read on the fixture API. */
export type FixtureApi = {
  failure: Failure;
  /** Merged over the member quote. */
  memberPatch: Partial<Quote>;
  requests: ApiRequest[];
  reset(): void;
};

export type HostOptions = {
  token?: string;
  locale?: string;
  hostileCss?: boolean;
  refreshTo?: string;
  /** A referral code in the page's address, as a shared link brings it. */
  ref?: string;
};

const HOSTILE_CSS =
  "* { color: red !important; display: block; font: 30px/3 serif !important; margin: 20px !important; padding: 9px !important; background: yellow !important; border-radius: 0 !important; }";

const escapeAttribute = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }),
  );
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : null;
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** A stand-in for the server: the contract's JSON, with totals following the cart and points. */
function answerQuote(
  api: FixtureApi,
  body: { cart: Cart; pointsToSpend?: number },
  isMember: boolean,
) {
  const base = isMember
    ? { ...readJson<Quote>("quote-member.json"), ...api.memberPatch }
    : readJson<Quote>("quote-guest.json");
  const subtotal = body.cart.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  const discount = isMember ? Math.floor(subtotal / 10) : 0;
  const applied = Math.min(body.pointsToSpend ?? 0, base.spend.max);
  const pointsValue = applied * base.spend.pointValue;
  const total = subtotal - discount - pointsValue;
  return {
    ...base,
    totals: { subtotal, discount, pointsValue, total },
    spend: { ...base.spend, applied },
  };
}

async function handleApi(api: FixtureApi, request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? "/", "http://fixture").pathname;
  if (path === "/widget.js") {
    const code = readFileSync(new URL("../../public/widget.js", import.meta.url));
    response.writeHead(200, { "content-type": "text/javascript" }).end(code);
    return;
  }
  response.setHeader("access-control-allow-origin", request.headers.origin ?? "*");
  response.setHeader("access-control-allow-headers", "content-type, x-kopilka-key, authorization");
  response.setHeader("access-control-allow-methods", "POST");
  if (api.failure === "down") return request.socket.destroy();
  if (api.failure === "hang") return;
  if (request.method === "OPTIONS") return response.writeHead(204).end();
  const body = (await readBody(request)) as { cart: Cart; pointsToSpend?: number; cartId?: string };
  const authorization = request.headers.authorization ?? null;
  api.requests.push({ path, authorization, key: request.headers["x-kopilka-key"] as string, body });
  if (authorization && authorization !== `Bearer ${MEMBER_TOKEN}`) {
    return sendJson(response, 401, { error: { code: "UNAUTHORIZED", message: "Token expired" } });
  }
  const quote = answerQuote(api, body, authorization !== null);
  if (path === "/api/v1/widget/quote") {
    const isSlow = body.cart.lines.some((line) => line.sku === SLOW_SKU);
    setTimeout(() => sendJson(response, 200, quote), isSlow ? 1500 : 0);
    return;
  }
  if (path === "/api/v1/widget/reserve") {
    const holdId = `hold_${body.cartId}`;
    const expiresAt = "2026-12-01T12:15:00Z";
    return sendJson(response, 200, {
      holdId,
      expiresAt,
      pointsHeld: quote.spend.applied,
      total: quote.totals.total,
    });
  }
  sendJson(response, 404, { error: { code: "NOT_FOUND", message: "No such endpoint" } });
}

function renderHost(apiOrigin: string, url: URL): string {
  const option = (name: string) => url.searchParams.get(name);
  const attributes = [
    ["shopper-token", option("token")],
    ["locale", option("locale")],
    ["cart", JSON.stringify(readJson<Cart>("cart.json"))],
  ]
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}="${escapeAttribute(value ?? "")}"`)
    .join(" ");
  return readFileSync(fixture("host.html"), "utf8")
    .replace("__API_ORIGIN__", apiOrigin)
    .replace("__ATTRIBUTES__", attributes)
    .replace("/* __HOST_CSS__ */", option("hostileCss") ? HOSTILE_CSS : "");
}

/** Two origins, as in a real store: the shop's page and the Kopilka API that serves widget.js. */
export async function startServers() {
  const api: FixtureApi = {
    failure: "none",
    memberPatch: {},
    requests: [],
    reset() {
      this.failure = "none";
      this.memberPatch = {};
      this.requests = [];
    },
  };
  const apiServer = createServer((request, response) => void handleApi(api, request, response));
  const apiOrigin = await listen(apiServer);
  const hostServer = createServer((request, response) => {
    const html = renderHost(apiOrigin, new URL(request.url ?? "/", "http://fixture"));
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  const hostOrigin = await listen(hostServer);
  const hostUrl = (options: HostOptions) => {
    const query = Object.entries(options).map(([name, value]) => [name, String(value)]);
    return `${hostOrigin}/checkout?${new URLSearchParams(query)}`;
  };
  const close = () => {
    for (const server of [apiServer, hostServer]) {
      server.closeAllConnections();
      server.close();
    }
  };
  return { api, apiOrigin, hostOrigin, hostUrl, close };
}

export type Servers = Awaited<ReturnType<typeof startServers>>;
