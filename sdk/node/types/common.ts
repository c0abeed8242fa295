/** Shapes shared by every part of the API (money in minor units, points as integers). */

export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNPROCESSABLE_CONTENT"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

export type ErrorBody = {
  error: { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };
};

export type CartLine = {
  sku: string;
  category?: string;
  unitPrice: number;
  quantity: number;
  isOnSale?: boolean;
};

export type MemberRef = { externalId: string };
export type Reason = { key: string; params: Record<string, number | string> };
