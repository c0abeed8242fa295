export type Path = readonly (string | number)[];

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of `value` with `next` at `path`; objects and arrays along the path are copied. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return next as T;
  const container = (value ?? (typeof key === "number" ? [] : {})) as Record<
    string | number,
    unknown
  >;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<
    string | number,
    unknown
  >;
  copy[key] = setIn(container[key], rest, next);
  return copy as T;
}

export const pathKey = (path: Path) => path.join(".");
