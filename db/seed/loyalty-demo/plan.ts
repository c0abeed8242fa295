import type { CartLine } from "@/server/engine";
import { createPerson, type Person } from "./people";
import { createRandom, type Random } from "./random";

export type Product = { sku: string; category: string; price: number; isOnSale: boolean };

export type SeedEvent =
  | { at: Date; kind: "join"; externalId: string; person: Person }
  | {
      at: Date;
      kind: "order";
      externalId: string;
      orderId: string;
      lines: CartLine[];
      useReward: boolean;
    }
  | { at: Date; kind: "refund"; orderId: string; sku: string | null };

export const demoBuyer = {
  externalId: "demo-buyer",
  person: {
    name: "Ирина Смирнова",
    email: "buyer@demo.kopilka.dev",
    phone: "+7 912 345-67-89",
    birthday: "1990-04-12",
  },
};

const day = 86_400_000;

/** A year of store life, as events in time order: who joins, who buys what, what comes back. */
export function planDemo(options: {
  now: Date;
  products: Product[];
  members: number;
  seed?: number;
}) {
  const random = createRandom(options.seed ?? 20_240_601);
  const end = options.now.getTime() - 60 * 60_000;
  const start = options.now.getTime() - 365 * day;
  const events: SeedEvent[] = [];
  let orderNo = 0;
  const order = (externalId: string, at: number, lines: CartLine[], useReward: boolean) => {
    const orderId = `S-${String(++orderNo).padStart(6, "0")}`;
    events.push({ at: new Date(at), kind: "order", externalId, orderId, lines, useReward });
    if (random.chance(0.04) && at + 10 * day < end) {
      const sku = random.chance(0.5) ? (lines[0]?.sku ?? null) : null;
      events.push({ at: new Date(at + random.int(3, 10) * day), kind: "refund", orderId, sku });
    }
  };

  events.push({ at: new Date(start + day), kind: "join", ...demoBuyer });
  for (let at = start + 2 * day; at < end - 20 * day; at += random.int(9, 15) * day) {
    order(demoBuyer.externalId, at, pickLines(random, options.products, 2), random.chance(0.15));
  }
  // Three bigger orders today keep Irina VIP this month (over 10,000 RUB).
  for (const hoursAgo of [3, 2, 1]) {
    order(
      demoBuyer.externalId,
      end - hoursAgo * 60 * 60_000 + 60 * 60_000,
      bigLines(options.products),
      false,
    );
  }

  for (let i = 1; i < options.members; i++) {
    const externalId = `member-${String(i).padStart(4, "0")}`;
    let at = random.int(start + 2 * day, end - day);
    events.push({ at: new Date(at), kind: "join", externalId, person: createPerson(random, i) });
    at += random.int(0, 10) * day + random.int(0, day);
    for (let n = orderCount(random); n > 0 && at < end; n--) {
      order(externalId, at, pickLines(random, options.products, 3), random.chance(0.35));
      at += Math.round(-Math.log(1 - random.next()) * 30 * day);
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Most first-time buyers never return; a buyer who returned once often keeps coming. */
function orderCount(random: Random): number {
  const r = random.next();
  if (r < 0.12) return 0;
  if (r < 0.64) return 1;
  if (r < 0.8) return 2;
  let n = 3;
  while (n < 24 && random.chance(0.72)) n++;
  return n;
}

function pickLines(random: Random, products: Product[], maxLines: number): CartLine[] {
  const count = random.int(1, maxLines);
  const chosen = new Map<string, CartLine>();
  for (let i = 0; i < count; i++) {
    const p = random.pick(products);
    const quantity = random.chance(0.8) ? 1 : 2;
    chosen.set(p.sku, {
      sku: p.sku,
      category: p.category,
      unitPrice: p.price,
      quantity,
      isOnSale: p.isOnSale,
    });
  }
  return [...chosen.values()];
}

function bigLines(products: Product[]): CartLine[] {
  const dearest = [...products].sort((a, b) => b.price - a.price)[0];
  if (!dearest) return [];
  const quantity = Math.max(1, Math.ceil(400_000 / dearest.price));
  return [
    {
      sku: dearest.sku,
      category: dearest.category,
      unitPrice: dearest.price,
      quantity,
      isOnSale: dearest.isOnSale,
    },
  ];
}
