import { z } from "zod";
import { BonusSection } from "./bonus";
import { DiscountSection } from "./discount";
import {
  Actions,
  Birthday,
  CashbackSection,
  ClubSection,
  ReferralSection,
  Stacking,
  TimeWindow,
} from "./extras";
import { TiersSection } from "./tiers";

const common = {
  stacking: Stacking.prefault({}),
};
const promotions = {
  windows: z.array(TimeWindow).default([]),
  birthday: Birthday.nullable().default(null),
};

const DiscountProgram = z.object({
  type: z.literal("discount"),
  ...common,
  ...promotions,
  discount: DiscountSection,
});

const BonusProgram = z.object({
  type: z.literal("bonus"),
  ...common,
  ...promotions,
  bonus: BonusSection.prefault({}),
  actions: Actions.prefault({}),
});

const TiersProgram = z
  .object({
    type: z.literal("tiers"),
    ...common,
    ...promotions,
    tiers: TiersSection,
    bonus: BonusSection.nullable().default(null),
    discount: DiscountSection.nullable().default(null),
    actions: Actions.prefault({}),
  })
  .refine((p) => p.bonus !== null || p.tiers.levels.every((l) => l.earn === null), {
    error: "A level can override the earn rate only when the program earns points",
    path: ["tiers", "levels"],
  });

const CombinedProgram = z.object({
  type: z.literal("combined"),
  ...common,
  ...promotions,
  /** With stackOnSameLine off, a line gets only the primary benefit of this program. */
  primary: z.enum(["discount", "bonus"]).default("discount"),
  stackOnSameLine: z.boolean().default(true),
  discount: DiscountSection,
  bonus: BonusSection.prefault({}),
  tiers: TiersSection.nullable().default(null),
  actions: Actions.prefault({}),
});

const CashbackProgram = z.object({
  type: z.literal("cashback"),
  ...common,
  cashback: CashbackSection,
});

const ReferralProgram = z.object({
  type: z.literal("referral"),
  ...common,
  referral: ReferralSection.prefault({}),
});

const ClubProgram = z.object({
  type: z.literal("club"),
  ...common,
  club: ClubSection,
});

/** The one program schema shared by the engine, the API and the admin forms. */
export const ProgramConfig = z.discriminatedUnion(
  "type",
  [
    DiscountProgram,
    BonusProgram,
    TiersProgram,
    CombinedProgram,
    CashbackProgram,
    ReferralProgram,
    ClubProgram,
  ],
  { error: "Program type is discount, bonus, tiers, combined, cashback, referral or club" },
);
export type ProgramConfig = z.infer<typeof ProgramConfig>;
export type ProgramConfigInput = z.input<typeof ProgramConfig>;
export type ProgramType = ProgramConfig["type"];
