import { signPayload } from "./sign-payload";

export const requestTimeoutMs = 10_000;
const keptResponseChars = 1000;

export type PostOutcome = {
  status: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
};

/** One signed POST; never throws: a refused connection or a timeout is an outcome too. */
export async function postWebhook(input: {
  url: string;
  secret: string;
  body: string;
  eventType: string;
  deliveryId: string;
  at: Date;
  timeoutMs?: number;
}): Promise<PostOutcome> {
  const timeoutMs = input.timeoutMs ?? requestTimeoutMs;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(input.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "Kopilka-Webhooks/1",
        "kopilka-event": input.eventType,
        "kopilka-delivery": input.deliveryId,
        "kopilka-signature": signPayload({ secret: input.secret, body: input.body, at: input.at }),
      },
      body: input.body,
    });
    const text = await response.text();
    return {
      status: response.status,
      responseBody: text.slice(0, keptResponseChars),
      error: response.ok ? null : `HTTP ${response.status}`,
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

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `No answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    return `Connection failed (${(cause as { code?: string }).code ?? cause.message})`;
  }
  return error instanceof Error ? error.message : String(error);
}
