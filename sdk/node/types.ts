/** Request and response shapes of the Kopilka API (money in minor units, points as integers). */
export type * from "./types/common";
export type * from "./types/guest-orders";
export type * from "./types/members";
export type * from "./types/orders";
export type * from "./types/partners";
export type * from "./types/referrals";
export type * from "./types/widget";
