export type ConfigPath = readonly (string | number)[];
export type ConfigChange = { path: ConfigPath; before: unknown; after: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isScalarList = (value: unknown[]) =>
  value.every((item) => !isRecord(item) && !Array.isArray(item));

/**
 * Field-by-field changes between two configs: nested objects are walked, lists of objects are
 * compared item by item (added and removed items show as one change), lists of names as a whole.
 */
export function diffConfigs(
  before: unknown,
  after: unknown,
  path: ConfigPath = [],
): ConfigChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffConfigs(before[key], after[key], [...path, key]));
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    !(isScalarList(before) && isScalarList(after))
  ) {
    const length = Math.max(before.length, after.length);
    const changes: ConfigChange[] = [];
    for (let i = 0; i < length; i++) {
      const was = before[i];
      const now = after[i];
      if (was === undefined || now === undefined) {
        changes.push({ path: [...path, i], before: was ?? null, after: now ?? null });
      } else {
        changes.push(...diffConfigs(was, now, [...path, i]));
      }
    }
    return changes;
  }
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return [];
  return [{ path, before: before ?? null, after: after ?? null }];
}
