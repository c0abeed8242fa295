import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/** A Zod schema as an OpenAPI 3.1 schema object: requests as accepted, responses as sent. */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...jsonSchema } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return jsonSchema;
}

/** Each field of an object schema as a path or query parameter. */
export function toParameters(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const object = toJsonSchema(schema, "input") as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}
