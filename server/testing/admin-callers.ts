import type { Database } from "@/db/database";
import type { Auth } from "@/server/auth/auth";
import type { ServiceContext } from "@/server/services/context";
import { callerFor, signUpOwner, signUpUser } from "./staff-caller";

/**
 * A store with its owner, an analyst of the same store, and an attacker who owns another
 * store: what every admin router test needs for its IDOR and wrong-role cases.
 */
export async function createAdminCallers(database: Database, auth: Auth) {
  const owner = await signUpOwner(database.db, auth);
  const attacker = await signUpOwner(database.db, auth, "Other store");
  const teammate = await signUpUser(auth);
  const invitation = await owner.caller.team.invite({ email: teammate.email, role: "analyst" });
  await auth.api.acceptInvitation({
    body: { invitationId: invitation.id },
    headers: teammate.headers,
  });
  const ctx: ServiceContext = {
    merchantId: owner.merchantId,
    actor: { kind: "staff", userId: owner.userId, role: "owner", label: owner.email },
    db: database.db,
  };
  return {
    owner: owner.caller,
    analyst: callerFor(database.db, auth, teammate.headers),
    attacker: attacker.caller,
    ctx,
  };
}

export const forbidden = { code: "FORBIDDEN" };
export const notFound = { code: "NOT_FOUND" };
