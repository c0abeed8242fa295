import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import {
  ledgerEntries,
  members,
  orderRefunds,
  orders,
  programs,
  programVersions,
} from "@/db/schema";
import type { CartLine, OrderSnapshot, Quote } from "@/server/engine";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { isUuid } from "../is-uuid";

export const OrderIdInput = z.object({ orderId: z.string().min(1) });

/** The order page: lines with their loyalty effects, the versions that priced it, refunds, ledger. */
export async function getOrder({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof OrderIdInput>;
}) {
  if (!isUuid(input.orderId)) throw new NotFound("Order not found");
  const [row] = await ctx.db
    .select({
      order: orders,
      member: { id: members.id, name: members.name, externalId: members.externalId },
    })
    .from(orders)
    .innerJoin(
      members,
      and(eq(members.merchantId, orders.merchantId), eq(members.id, orders.memberId)),
    )
    .where(and(eq(orders.merchantId, ctx.merchantId), eq(orders.id, input.orderId)));
  if (!row) throw new NotFound("Order not found");
  const { order } = row;
  const versionIds = order.programVersionIds;
  const [versions, refunds, entries] = await Promise.all([
    versionIds.length === 0
      ? []
      : ctx.db
          .select({
            id: programVersions.id,
            version: programVersions.version,
            programId: programs.id,
            programName: programs.name,
          })
          .from(programVersions)
          .innerJoin(
            programs,
            and(
              eq(programs.merchantId, programVersions.merchantId),
              eq(programs.id, programVersions.programId),
            ),
          )
          .where(
            and(
              eq(programVersions.merchantId, ctx.merchantId),
              inArray(programVersions.id, versionIds),
            ),
          ),
    ctx.db
      .select()
      .from(orderRefunds)
      .where(and(eq(orderRefunds.merchantId, ctx.merchantId), eq(orderRefunds.orderId, order.id)))
      .orderBy(asc(orderRefunds.createdAt)),
    ctx.db
      .select({
        id: ledgerEntries.id,
        kind: ledgerEntries.kind,
        amount: ledgerEntries.amount,
        reason: ledgerEntries.reason,
        actorLabel: ledgerEntries.actorLabel,
        createdAt: ledgerEntries.createdAt,
      })
      .from(ledgerEntries)
      // Through the member's entries: no index leads with the order (docs/ledger.md).
      .where(
        and(
          eq(ledgerEntries.merchantId, ctx.merchantId),
          eq(ledgerEntries.memberId, order.memberId),
          eq(ledgerEntries.orderId, order.id),
        ),
      )
      .orderBy(asc(ledgerEntries.id)),
  ]);
  return {
    order: {
      id: order.id,
      externalId: order.externalId,
      cartId: order.cartId,
      status: order.status,
      subtotal: order.subtotal,
      discount: order.discount,
      redeemedPoints: order.redeemedPoints,
      earnedPoints: order.earnedPoints,
      cashback: order.cashback,
      total: order.total,
      refundedAmount: order.refundedAmount,
      quotedAt: order.quotedAt,
      createdAt: order.createdAt,
      placedAt: order.placedAt,
      paidAt: order.paidAt,
      closedAt: order.closedAt,
    },
    member: row.member,
    lines: order.lines as CartLine[],
    quote: order.quote as Quote,
    snapshot: order.snapshot as OrderSnapshot | null,
    versions: versionIds.flatMap((id) => versions.filter((v) => v.id === id)),
    refunds: refunds.map((r) => ({
      id: r.id,
      amount: r.amount,
      earnedReversed: r.earnedReversed,
      spentReturned: r.spentReturned,
      cashbackReversed: r.cashbackReversed,
      debtRecorded: r.debtRecorded,
      createdAt: r.createdAt,
    })),
    ledger: entries,
  };
}
