import "server-only";
import { randomBytes } from "node:crypto";
import { type DemoProduct, demoCatalog } from "@/db/seed/demo-catalog";

export type DemoOrderLine = { sku: string; name: string; unitPrice: number; quantity: number };

export type DemoOrder = {
  id: string;
  buyerId: string | null;
  lines: DemoOrderLine[];
  subtotal: number;
  discount: number;
  total: number;
  pointsSpent: number;
  /** Whether Kopilka confirmed the widget's hold for this order. */
  isConfirmed: boolean;
  status: "placed" | "paid";
  earnedPoints: number | null;
  /** Set when Kopilka could not be reached: the order went through without points. */
  loyaltyNote: string | null;
};

/**
 * The shop's own order book. A real store has a table; the demo keeps orders in process memory
 * (on globalThis, so every route bundle sees the same map) and forgets them on restart.
 */
const shared = globalThis as { demoStoreOrders?: Map<string, DemoOrder> };
shared.demoStoreOrders ??= new Map();
const orders = shared.demoStoreOrders;

export function findDemoOrder(id: string): DemoOrder | undefined {
  return orders.get(id);
}

export function saveDemoOrder(order: DemoOrder): DemoOrder {
  orders.set(order.id, order);
  return order;
}

export function createOrderId(): string {
  return `DEMO-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** Prices come from the shop's catalog, never from the browser. */
export function priceItems(items: { sku: string; quantity: number }[]): DemoOrderLine[] {
  return items.flatMap(({ sku, quantity }) => {
    const product: DemoProduct | undefined = demoCatalog.find((p) => p.sku === sku);
    if (!product) return [];
    return [{ sku, name: product.name, unitPrice: product.price, quantity }];
  });
}

export function kopilkaLines(lines: DemoOrderLine[]) {
  return lines.map(({ sku, unitPrice, quantity }) => {
    const product = demoCatalog.find((p) => p.sku === sku);
    return { sku, unitPrice, quantity, category: product?.category, isOnSale: product?.isOnSale };
  });
}
