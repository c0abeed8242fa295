/** Coalition partners: credit points to a store's members with a partner key (`ptk_...`). */

export type PartnerMemberRef = { externalId: string } | { email: string } | { phone: string };
export type CreditPartnerPointsInput = {
  member: PartnerMemberRef;
  points: number;
  reference?: string;
};
export type PartnerCredit = { id: string; points: number; reference: string | null; at: string };
export type PartnerCredits = { credits: PartnerCredit[]; nextBefore: string | null };
export type PartnerCreditsQuery = { limit?: number; before?: string };
