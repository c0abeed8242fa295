import "server-only";
import { randomBytes } from "node:crypto";
import { demoBuyer } from "./demo-store";

/** A customer account of the shop; `id` is what Kopilka knows them by (`externalId`, `sub`). */
export type DemoCustomer = { id: string; name: string; email: string };

/**
 * Accounts created with "Create account". A real store has a table; the demo keeps them in process
 * memory (like its orders) and forgets them on restart, while Kopilka keeps their members.
 */
const shared = globalThis as { demoStoreCustomers?: Map<string, DemoCustomer> };
shared.demoStoreCustomers ??= new Map();
const customers = shared.demoStoreCustomers;

export function findDemoCustomer(id: string): DemoCustomer | undefined {
  return id === demoBuyer.id ? demoBuyer : customers.get(id);
}

export function isEmailTaken(email: string): boolean {
  const wanted = email.toLowerCase();
  return demoBuyer.email === wanted || [...customers.values()].some((c) => c.email === wanted);
}

export function createDemoCustomer({ name, email }: { name: string; email: string }) {
  const customer: DemoCustomer = {
    id: `cust-${randomBytes(4).toString("hex")}`,
    name,
    email: email.toLowerCase(),
  };
  customers.set(customer.id, customer);
  return customer;
}
