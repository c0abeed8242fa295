import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { operations } from "../contract/operations";
import { buildOpenApi } from "./build-openapi";

const document = buildOpenApi("https://kopilka.example/api/v1");

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}

function collectRefs(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, into);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") into.push(value);
      else collectRefs(value, into);
    }
  }
  return into;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with one operation per contract operation and no dangling $ref", () => {
    expect(document.openapi).toBe("3.1.0");
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => (op as { operationId: string }).operationId),
    );
    expect(ids.sort()).toEqual(operations.map((o) => o.id).sort());
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(40);
    for (const ref of refs) expect(resolve(ref), ref).toBeDefined();
  });

  it.each(operations.map((o) => [o.id, o] as const))("%s: examples match its schemas", (_, op) => {
    if (op.params) op.params.parse(op.example.params);
    if (op.query) op.query.parse(op.example.query);
    if (op.body) op.body.parse(op.example.body);
    op.output.parse(op.example.output);
  });

  it("asks every change for an Idempotency-Key and every operation for a key", () => {
    for (const op of operations) {
      const described = (document.paths[op.path] as Record<string, Record<string, unknown>>)[
        op.method.toLowerCase()
      ];
      const parameters = JSON.stringify(described?.parameters ?? []);
      expect(parameters.includes("IdempotencyKey"), op.id).toBe(op.isIdempotent);
      expect(described?.security, op.id).toBeDefined();
    }
  });

  it("has a route file under app/api/v1 exporting each operation's method", () => {
    for (const op of operations) {
      const folder = op.path.replace(/\{(\w+)\}/g, "[$1]");
      const file = path.join(process.cwd(), "app/api/v1", folder, "route.ts");
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8"), file).toMatch(new RegExp(`\\b${op.method}\\b`));
    }
  });
});
