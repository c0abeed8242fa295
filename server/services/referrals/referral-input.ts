import { z } from "zod";

export const ReferralCode = z
  .string()
  .trim()
  .min(4, { error: "A referral code has at least 4 characters" })
  .max(40, { error: "A referral code has at most 40 characters" });

/** What the integrator knows about where a sign-up or payment came from. */
export const SignUpSource = z.object({
  ip: z.string().trim().min(1).max(64).optional(),
  deviceId: z.string().trim().min(1).max(200).optional(),
});
export type SignUpSource = z.infer<typeof SignUpSource>;

/** Opaque identifiers of the payer: a card hash from the payment provider, a device id. */
export const BuyerPrints = z.object({
  paymentFingerprint: z.string().trim().min(1).max(200).optional(),
  deviceId: z.string().trim().min(1).max(200).optional(),
});
