import { payClubFee } from "./club";
import { recordGuestOrder, refundGuestOrder } from "./guest-orders";
import {
  adjustPoints,
  getMember,
  getMemberByCard,
  getMemberPageLink,
  listMemberHistory,
  revokeMemberPageLinks,
  rewardAction,
  upsertMember,
} from "./members";
import type { Operation } from "./operation";
import {
  cancelOrder,
  confirmOrder,
  markOrderPaid,
  quote,
  refundOrder,
  reserveOrder,
} from "./orders";
import { creditPartnerPoints, listPartnerCredits } from "./partners";
import { getMemberReferral } from "./referrals";
import { widgetQuote, widgetReserve } from "./widget";

/** Every operation of /api/v1, in the order the reference lists them. */
export const operations: readonly Operation[] = [
  upsertMember,
  getMember,
  listMemberHistory,
  adjustPoints,
  rewardAction,
  getMemberReferral,
  getMemberPageLink,
  revokeMemberPageLinks,
  getMemberByCard,
  payClubFee,
  quote,
  reserveOrder,
  confirmOrder,
  markOrderPaid,
  cancelOrder,
  refundOrder,
  recordGuestOrder,
  refundGuestOrder,
  widgetQuote,
  widgetReserve,
  creditPartnerPoints,
  listPartnerCredits,
];
