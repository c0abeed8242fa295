import "server-only";
import { cookies } from "next/headers";
import { demoBuyer } from "./demo-store";

const cookieName = "demo_shopper";

/** The shop's own "session": signed in as the demo buyer, or a guest. No password in a demo. */
export async function readShopper() {
  const jar = await cookies();
  return jar.get(cookieName)?.value === demoBuyer.id ? demoBuyer : null;
}

export async function writeShopper(isSignedIn: boolean) {
  const jar = await cookies();
  if (isSignedIn) {
    jar.set(cookieName, demoBuyer.id, { httpOnly: true, sameSite: "lax", path: "/demo" });
  } else {
    jar.delete({ name: cookieName, path: "/demo" });
  }
}
