import type { members } from "@/db/schema";

type Member = typeof members.$inferSelect;
export type ConsentRequest = { emailConsent?: boolean; smsConsent?: boolean; source: string };
type ConsentFields = Partial<
  Pick<
    Member,
    | "emailConsent"
    | "emailConsentAt"
    | "emailConsentSource"
    | "smsConsent"
    | "smsConsentAt"
    | "smsConsentSource"
  >
>;

/** Only a flag that changes gets a new time and source: a repeat keeps when consent was given. */
export function consentChanges(
  member: Pick<Member, "emailConsent" | "smsConsent">,
  request: ConsentRequest,
  now: Date,
): ConsentFields {
  const changes: ConsentFields = {};
  if (request.emailConsent !== undefined && request.emailConsent !== member.emailConsent) {
    Object.assign(changes, {
      emailConsent: request.emailConsent,
      emailConsentAt: now,
      emailConsentSource: request.source,
    });
  }
  if (request.smsConsent !== undefined && request.smsConsent !== member.smsConsent) {
    Object.assign(changes, {
      smsConsent: request.smsConsent,
      smsConsentAt: now,
      smsConsentSource: request.source,
    });
  }
  return changes;
}
