import { findDemoOrder, kopilkaLines, saveDemoOrder } from "../../../../_server/demo-orders";
import { kopilkaFor, readDemoStore } from "../../../../_server/demo-store";
import { demoError, handleDemo } from "../../../../_server/respond";

/**
 * "Pay": the payment went through, so the shop tells Kopilka the order is paid (points are
 * earned, held points spent). An order without a hold is reported with its buyer and lines.
 */
export function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleDemo(async () => {
    const { id } = await params;
    const order = findDemoOrder(id);
    if (!order) return demoError(404, "No such order");
    if (order.status === "paid") return Response.json(order);
    const paid = { ...order, status: "paid" as const };
    if (order.buyerId) {
      const body = order.isConfirmed
        ? {}
        : { member: { externalId: order.buyerId }, lines: kopilkaLines(order.lines) };
      try {
        const result = await kopilkaFor(readDemoStore()).markOrderPaid(order.id, body, {
          idempotencyKey: `${order.id}:paid`,
        });
        paid.earnedPoints = result.earnedPoints;
      } catch {
        paid.loyaltyNote = "unavailable";
      }
    }
    return Response.json(saveDemoOrder(paid));
  });
}
