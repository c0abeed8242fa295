import { ErrorOutput } from "../contract/common";
import type { Operation } from "../contract/operation";
import { operations } from "../contract/operations";
import { errorComponents, errorResponsesOf } from "./error-responses";
import { type JsonSchema, toJsonSchema, toParameters } from "./json-schema";

const securitySchemes = {
  secretKey: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "sk_...",
    description: "The store's secret key, for its backend only: `Authorization: Bearer sk_...`.",
  },
  publishableKey: {
    type: "apiKey",
    in: "header",
    name: "X-Kopilka-Key",
    description: "The store's publishable key (`pk_...`), safe to embed in pages.",
  },
  partnerKey: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "ptk_...",
    description:
      "A coalition partner's key (`ptk_...`), issued by the store: it can only credit points " +
      "to the store's members and read the partner's own credits.",
  },
  shopperToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "HS256 JWT signed by the store's backend with its token secret: `sub` = customer id, " +
      "`merchant` = store id, `exp` at most 15 minutes ahead; optional name, email, phone, birthday.",
  },
};

const idempotencyKey = {
  name: "Idempotency-Key",
  in: "header",
  required: true,
  description:
    "Any unique string (a UUID) per intended change. Retrying with the same key and body " +
    "returns the first answer; the same key with a different body is 409.",
  schema: { type: "string", minLength: 1, maxLength: 200 },
};

/** The OpenAPI 3.1 document of /api/v1, generated from the schemas the handlers parse with. */
export function buildOpenApi(serverUrl: string) {
  const schemas: Record<string, JsonSchema> = { Error: toJsonSchema(ErrorOutput, "output") };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const name = operation.id.charAt(0).toUpperCase() + operation.id.slice(1);
    if (operation.body) schemas[`${name}Request`] = toJsonSchema(operation.body, "input");
    schemas[`${name}Response`] = toJsonSchema(operation.output, "output");
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method.toLowerCase()]: describeOperation(operation, name),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Kopilka API",
      version: "1.0.0",
      description:
        "Loyalty for online stores: members, quotes, orders and the cart widget. Money is in " +
        "integer minor units, points are integers. See docs/api.md for a guide.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "Members", description: "Customers enrolled in the store's programs." },
      { name: "Orders", description: "Quote, reserve, confirm, pay, cancel and refund." },
      { name: "Widget", description: "The cart widget's endpoints (publishable key, CORS)." },
      { name: "Partners", description: "For coalition partners of a store (partner key)." },
    ],
    paths,
    components: {
      securitySchemes,
      parameters: { IdempotencyKey: idempotencyKey },
      responses: errorComponents,
      schemas,
    },
  };
}

function describeOperation(operation: Operation, name: string) {
  const { example } = operation;
  const parameters = [
    ...toParameters(operation.params, "path"),
    ...toParameters(operation.query, "query"),
    ...(operation.isIdempotent ? [{ $ref: "#/components/parameters/IdempotencyKey" }] : []),
  ];
  const requestBody = operation.body && {
    required: true,
    content: {
      "application/json": {
        schema: { $ref: `#/components/schemas/${name}Request` },
        example: example.body,
      },
    },
  };
  return {
    operationId: operation.id,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [operation.tag],
    security: securityOf(operation),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: {
      "200": {
        description: "OK",
        content: {
          "application/json": {
            schema: { $ref: `#/components/schemas/${name}Response` },
            example: example.output,
          },
        },
      },
      ...errorResponsesOf(operation),
    },
  };
}

function securityOf(operation: Operation) {
  if (operation.auth === "secret") return [{ secretKey: [] }];
  if (operation.auth === "partner") return [{ partnerKey: [] }];
  const asShopper = { publishableKey: [], shopperToken: [] };
  return operation.needsShopper ? [asShopper] : [{ publishableKey: [] }, asShopper];
}
