import type { Operation } from "../contract/operation";

const errors = {
  BadRequest: [400, "Invalid input: `fieldErrors` names each field; or a missing Idempotency-Key."],
  Unauthorized: [
    401,
    "The key (or shopper token) is missing, unknown, revoked or of the wrong kind.",
  ],
  Forbidden: [403, "The request's Origin is not one of the store's allowed origins."],
  NotFound: [404, "No such member or order in this store."],
  Conflict: [409, "The state forbids it, or the Idempotency-Key was used with another body."],
  PayloadTooLarge: [413, "The body is larger than 256 KB."],
  UnprocessableContent: [422, "A limit of the program or the balance was exceeded."],
  TooManyRequests: [
    429,
    "Too many requests for this key or shopper; the message says when to retry.",
  ],
  InternalError: [500, "Something failed on our side; retry with the same Idempotency-Key."],
} as const;

type ErrorName = keyof typeof errors;

export const errorComponents = Object.fromEntries(
  Object.entries(errors).map(([name, [, description]]) => [
    name,
    {
      description,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    },
  ]),
);

/** The errors an operation can answer with, by what it does. */
export function errorResponsesOf(operation: Operation) {
  const names: ErrorName[] = ["Unauthorized", "InternalError"];
  if (operation.body || operation.params || operation.query || operation.isIdempotent)
    names.push("BadRequest");
  if (operation.body) names.push("PayloadTooLarge");
  if (operation.auth === "publishable") names.push("Forbidden", "TooManyRequests");
  if (operation.auth === "secret" && operation.params) names.push("NotFound");
  if (operation.auth === "partner" && operation.body) names.push("NotFound");
  if (operation.isIdempotent || operation.auth === "publishable") names.push("Conflict");
  if (operation.isIdempotent) names.push("UnprocessableContent");
  return Object.fromEntries(
    names
      .map((name) => [String(errors[name][0]), { $ref: `#/components/responses/${name}` }] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
