import { z } from "zod";
import { createDemoCustomer, isEmailTaken } from "../../_server/demo-customers";
import { kopilkaFor, readDemoStore } from "../../_server/demo-store";
import { describeSession } from "../../_server/describe-session";
import { forgetReferralCode, readReferralCode } from "../../_server/referral-cookie";
import { demoError, handleDemo } from "../../_server/respond";
import { writeShopper } from "../../_server/shopper-session";

const SignUpInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100),
  email: z.email("Email is invalid").max(200),
});

/**
 * "Create account": the shop creates its customer, then makes them a Kopilka member with the
 * referral code they arrived with (and their IP, for the burst check), and signs them in.
 */
export function POST(request: Request) {
  return handleDemo(async () => {
    const input = SignUpInput.parse(await request.json().catch(() => null));
    if (isEmailTaken(input.email)) return demoError(409, "emailTaken");
    const store = readDemoStore();
    const customer = createDemoCustomer(input);
    const referralCode = await readReferralCode();
    const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    const joined = await kopilkaFor(store)
      .upsertMember(
        customer.id,
        {
          name: customer.name,
          email: customer.email,
          ...(referralCode ? { referralCode, source: ip ? { ip } : {} } : {}),
        },
        { idempotencyKey: `${customer.id}:sign-up` },
      )
      .catch(() => null);
    await forgetReferralCode();
    await writeShopper(customer.id);
    return Response.json(
      {
        session: await describeSession(),
        welcomePoints: joined?.referral?.friendPoints ?? 0,
        isLoyaltyUnavailable: joined === null,
      },
      { status: 201 },
    );
  });
}
