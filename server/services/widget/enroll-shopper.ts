import type { ServiceContext } from "../context";
import type { Shopper } from "../integration/verify-shopper-token";
import { enrollMember } from "../members/enroll-member";

/** A signed-in shopper seen for the first time becomes a member, with the profile the token carries. */
export function enrollShopper(ctx: ServiceContext, shopper: Shopper) {
  const { customerId, name, email, phone, birthday } = shopper;
  return enrollMember({ ctx, input: { externalId: customerId, name, email, phone, birthday } });
}
