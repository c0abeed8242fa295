import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type HostCart = {
  currency: string;
  lines: { sku: string; category?: string; unitPrice: number; quantity: number }[];
};

export type HostPage = { publishableKey: string; shopperToken?: string; apiBase?: string };

const template = readFileSync(new URL("host-page.html", import.meta.url), "utf8");
const escapeAttribute = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

/**
 * A store's checkout page on its own origin, embedding the app's real /widget.js. The page's
 * options travel in the query string so one server serves every test.
 */
export async function startHostServer(appOrigin: string, cart: HostCart) {
  const subtotal = cart.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://host");
    if (url.pathname !== "/checkout") return response.writeHead(404).end();
    const options = JSON.parse(url.searchParams.get("page") ?? "{}") as HostPage;
    const attributes = [
      ["publishable-key", options.publishableKey],
      ["shopper-token", options.shopperToken],
      ["api-base", options.apiBase],
      ["locale", "en"],
      ["cart", JSON.stringify(cart)],
    ]
      .filter((pair): pair is [string, string] => Boolean(pair[1]))
      .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
      .join(" ");
    const html = template
      .replace("__APP_ORIGIN__", appOrigin)
      .replace("__ATTRIBUTES__", attributes)
      .replaceAll("__SUBTOTAL__", String(subtotal));
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    subtotal,
    url: (page: HostPage) =>
      `${origin}/checkout?${new URLSearchParams({ page: JSON.stringify(page) })}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

export type HostServer = Awaited<ReturnType<typeof startHostServer>>;
