import { findDemoOrder } from "../../../_server/demo-orders";
import { kopilkaFor, readDemoStore } from "../../../_server/demo-store";
import { demoError, handleDemo } from "../../../_server/respond";

/** The shop's order and, for a member, their balance now as Kopilka reports it. */
export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleDemo(async () => {
    const { id } = await params;
    const order = findDemoOrder(id);
    if (!order) return demoError(404, "No such order");
    if (!order.buyerId) return Response.json({ order, member: null });
    const member = await kopilkaFor(readDemoStore())
      .getMember(order.buyerId)
      .then((m) => ({ available: m.balance.available, pending: m.balance.pending, tier: m.tier }))
      .catch(() => null);
    return Response.json({ order, member });
  });
}
