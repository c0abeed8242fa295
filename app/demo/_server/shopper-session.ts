import "server-only";
import { cookies } from "next/headers";
import { type DemoCustomer, findDemoCustomer } from "./demo-customers";

const cookieName = "demo_shopper";

/** The shop's own "session": the customer signed in, or a guest. No password in a demo. */
export async function readShopper(): Promise<DemoCustomer | null> {
  const jar = await cookies();
  const id = jar.get(cookieName)?.value;
  return (id && findDemoCustomer(id)) || null;
}

export async function writeShopper(customerId: string | null) {
  const jar = await cookies();
  if (customerId) {
    jar.set(cookieName, customerId, { httpOnly: true, sameSite: "lax", path: "/demo" });
  } else {
    jar.delete({ name: cookieName, path: "/demo" });
  }
}
