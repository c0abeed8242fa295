import { z } from "zod";
import { demoBuyer } from "../../_server/demo-store";
import { describeSession } from "../../_server/describe-session";
import { keepReferralCode } from "../../_server/referral-cookie";
import { handleDemo } from "../../_server/respond";
import { writeShopper } from "../../_server/shopper-session";

const SessionInput = z.object({ signedIn: z.boolean() });

/** Every page asks for the session; one opened from an invite link passes its `ref` along. */
export function GET(request: Request) {
  return handleDemo(async () => {
    const ref = new URL(request.url).searchParams.get("ref");
    if (ref) await keepReferralCode(ref);
    return Response.json(await describeSession());
  });
}

/** The header's switch: signed in as the seeded demo buyer, or signed out. */
export function POST(request: Request) {
  return handleDemo(async () => {
    const { signedIn } = SessionInput.parse(await request.json().catch(() => null));
    await writeShopper(signedIn ? demoBuyer.id : null);
    return Response.json(await describeSession());
  });
}
