import { randomBytes } from "node:crypto";

/** Store slugs must be unique; a random suffix avoids a lookup race between two sign-ups. */
export function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9а-яё]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "store"}-${randomBytes(3).toString("hex")}`;
}
