import { DrizzleQueryError } from "drizzle-orm/errors";

const maxLength = 500;

/**
 * The text kept with a failed run and shown to every store's staff: the database's own message
 * without the query and its parameters, which may hold another store's data.
 */
export function describeJobError(error: unknown): string {
  const root = error instanceof DrizzleQueryError && error.cause ? error.cause : error;
  const text = root instanceof Error ? `${root.name}: ${root.message}` : String(root);
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
