import { getDb } from "@/db/client";
import { type Auth, createAuth } from "./auth";

const globalForAuth = globalThis as unknown as { kopilkaAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.kopilkaAuth ??= getDb().then(createAuth);
  return globalForAuth.kopilkaAuth;
}
