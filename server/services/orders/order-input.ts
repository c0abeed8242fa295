import { z } from "zod";
import { CartLine } from "@/server/engine";
import { IdempotencyKey } from "../idempotency/run-idempotent";

export const MemberRefInput = z.union([
  z.object({ externalId: z.string().trim().min(1).max(200) }),
  z.object({ memberId: z.string().trim().min(1) }),
]);

export const OrderLines = z
  .array(CartLine)
  .min(1, { error: "An order has at least one line" })
  .max(1000);
export const ExternalOrderId = z.string().trim().min(1).max(200);
export const CartId = z.string().trim().min(1).max(200);
export const PointsToSpend = z.number().int().min(0).max(1e12).default(0);

export { IdempotencyKey };
