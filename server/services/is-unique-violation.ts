/**
 * Postgres unique_violation (23505), optionally on one constraint, whether the driver error is
 * thrown bare or wrapped by drizzle (postgres-js names it constraint_name, PGlite constraint).
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint: name } = e as Record<string, unknown>;
    if (code === "23505") return !constraint || (constraint_name ?? name) === constraint;
  }
  return false;
}
