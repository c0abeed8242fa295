import type { Auth } from "@/server/auth/auth";
import { callTeamApi } from "../team/team-call";

/** better-auth checks membership before it stores the choice in the server-side session. */
export async function switchMerchant({
  auth,
  headers,
  merchantId,
}: {
  auth: Auth;
  headers: Headers;
  merchantId: string;
}) {
  await callTeamApi(() =>
    auth.api.setActiveOrganization({ body: { organizationId: merchantId }, headers }),
  );
}
