import type { z } from "zod";

export type Audience = "secret" | "publishable" | "partner";

/**
 * One API operation as data: the endpoint parses with these schemas, the OpenAPI document is
 * generated from them, and the SDK's drift test walks the same list.
 */
export type Operation = {
  /** The operationId, and the SDK method's name. */
  id: string;
  method: "GET" | "POST" | "PUT";
  /** Under /api/v1, with `{param}` placeholders. */
  path: `/${string}`;
  tag: "Members" | "Orders" | "Widget" | "Partners";
  summary: string;
  description?: string;
  auth: Audience;
  /** Widget operations: a shopper token is required, not just accepted. */
  needsShopper?: boolean;
  /** Requires an Idempotency-Key header: the first answer is replayed for the same key. */
  isIdempotent: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  output: z.ZodType;
  example: {
    params?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
    output: unknown;
  };
};

export function defineOperation<const O extends Operation>(operation: O): O {
  return operation;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
export type ParamsOf<O extends Operation> = Parsed<O["params"]>;
export type QueryOf<O extends Operation> = Parsed<O["query"]>;
export type BodyOf<O extends Operation> = Parsed<O["body"]>;
export type OutputOf<O extends Operation> = z.input<O["output"]>;
