import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { isPublicAddress } from "./public-address";
import { publicOnlyLookup } from "./public-only-lookup";
import { signPayload } from "./sign-payload";

export const requestTimeoutMs = 10_000;
const keptResponseChars = 1000;

export type PostOutcome = {
  status: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
};

/**
 * One signed POST; never throws: a refused connection, a timeout or an address on a private
 * network (unless `allowPrivateNetworks`) is an outcome too. The address is checked when the
 * connection is made, so a name that resolves elsewhere later cannot slip past the check.
 */
export async function postWebhook(input: {
  url: string;
  secret: string;
  body: string;
  eventType: string;
  deliveryId: string;
  at: Date;
  allowPrivateNetworks: boolean;
  timeoutMs?: number;
}): Promise<PostOutcome> {
  const timeoutMs = input.timeoutMs ?? requestTimeoutMs;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const { status, text } = await send(input, timeoutMs);
    const isOk = status >= 200 && status < 300;
    return {
      status,
      responseBody: text.slice(0, keptResponseChars),
      error: isOk ? null : `HTTP ${status}`,
      durationMs: elapsed(),
    };
  } catch (error) {
    return {
      status: null,
      responseBody: null,
      error: describeFailure(error, timeoutMs),
      durationMs: elapsed(),
    };
  }
}

function send(
  input: Parameters<typeof postWebhook>[0],
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  const url = new URL(input.url);
  // An address written in the URL is not looked up, so it is checked here.
  const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!input.allowPrivateNetworks && isIP(literal) && !isPublicAddress(literal)) {
    const refused: NodeJS.ErrnoException = new Error(
      `Refused: ${literal} is a private or local address`,
    );
    refused.code = "EPRIVATEADDRESS";
    return Promise.reject(refused);
  }
  const transport = url.protocol === "https:" ? https : http;
  const body = Buffer.from(input.body);
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: "POST",
        signal: AbortSignal.timeout(timeoutMs),
        lookup: input.allowPrivateNetworks ? undefined : publicOnlyLookup,
        headers: {
          "content-type": "application/json",
          "content-length": body.length,
          "user-agent": "Kopilka-Webhooks/1",
          "kopilka-event": input.eventType,
          "kopilka-delivery": input.deliveryId,
          "kopilka-signature": signPayload({
            secret: input.secret,
            body: input.body,
            at: input.at,
          }),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < keptResponseChars) text += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return `No answer within ${timeoutMs / 1000} s`;
  }
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === "EPRIVATEADDRESS") return error.message;
    return `Connection failed (${code ?? error.message})`;
  }
  return String(error);
}
