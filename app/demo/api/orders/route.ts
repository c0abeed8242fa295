import { z } from "zod";
import {
  createOrderId,
  type DemoOrder,
  priceItems,
  saveDemoOrder,
} from "../../_server/demo-orders";
import { kopilkaFor, readDemoStore } from "../../_server/demo-store";
import { demoError, handleDemo } from "../../_server/respond";
import { readShopper } from "../../_server/shopper-session";

const PlaceOrderInput = z.object({
  items: z
    .array(z.object({ sku: z.string().min(1), quantity: z.int().min(1).max(99) }))
    .min(1, "The cart is empty"),
  holdId: z.string().min(1).nullable(),
});

/** "Place order": the shop saves its order and confirms the widget's hold with Kopilka. */
export function POST(request: Request) {
  return handleDemo(async () => {
    const input = PlaceOrderInput.parse(await request.json().catch(() => null));
    const lines = priceItems(input.items);
    if (lines.length === 0) return demoError(400, "None of these products is sold here");
    const store = readDemoStore();
    const buyer = await readShopper();
    const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
    const order: DemoOrder = {
      id: createOrderId(),
      buyerId: buyer?.id ?? null,
      lines,
      subtotal,
      discount: 0,
      total: subtotal,
      pointsSpent: 0,
      isConfirmed: false,
      status: "placed",
      earnedPoints: null,
      loyaltyNote: null,
    };
    if (buyer && input.holdId) {
      const kopilka = kopilkaFor(store);
      try {
        const confirmed = await kopilka.confirmOrder(
          order.id,
          { cartId: input.holdId },
          { idempotencyKey: `${order.id}:confirm` },
        );
        if (confirmed.subtotal === subtotal) {
          order.discount = confirmed.discount;
          order.total = confirmed.total;
          order.pointsSpent = confirmed.redeemedPoints;
          order.isConfirmed = true;
        } else {
          // The held cart is not the one being bought: drop the hold, sell at full price.
          await kopilka.cancelOrder(order.id, { idempotencyKey: `${order.id}:cancel` });
          order.loyaltyNote = "cartChanged";
        }
      } catch {
        order.loyaltyNote = "unavailable";
      }
    }
    return Response.json(saveDemoOrder(order), { status: 201 });
  });
}
