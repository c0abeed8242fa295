"use client";
import { useEffect, useState } from "react";

export type DemoOrderView = {
  id: string;
  lines: { sku: string; name: string; unitPrice: number; quantity: number }[];
  subtotal: number;
  discount: number;
  total: number;
  pointsSpent: number;
  status: "placed" | "paid";
  buyerId: string | null;
  earnedPoints: number | null;
  loyaltyNote: "unavailable" | "cartChanged" | null;
};
export type DemoMemberView = {
  available: number;
  pending: number;
  tier: { id: string; name: string } | null;
};
type Loaded = { order: DemoOrderView; member: DemoMemberView | null };

/** Reads one of the shop's orders (and the buyer's Kopilka balance) from its backend. */
export function useDemoOrder(orderId: string) {
  const [state, setState] = useState<Loaded | "missing" | null>(null);
  useEffect(() => {
    fetch(`/demo/api/orders/${encodeURIComponent(orderId)}`)
      .then(async (response) => (response.ok ? ((await response.json()) as Loaded) : "missing"))
      .then(setState, () => setState("missing"));
  }, [orderId]);
  return state;
}
