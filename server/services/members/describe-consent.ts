import type { members } from "@/db/schema";

type Member = typeof members.$inferSelect;

/** Marketing consent as the API shows it: each flag with when and how it was last set. */
export function describeConsent(member: Member) {
  return {
    email: member.emailConsent,
    emailAt: member.emailConsentAt?.toISOString() ?? null,
    emailSource: member.emailConsentSource,
    sms: member.smsConsent,
    smsAt: member.smsConsentAt?.toISOString() ?? null,
    smsSource: member.smsConsentSource,
  };
}
