import type { CartLine } from "./cart";
import { ProgramConfig, type ProgramConfigInput } from "./config/program-config";
import type { MemberState, QuoteContext, QuoteInput } from "./quote/types";

/** Shared fixtures for the engine's tests. */
export const NOW = new Date("2025-03-12T09:00:00Z"); // Wednesday, 12:00 in Moscow
export const TZ = "Europe/Moscow";

export function parseConfig(input: ProgramConfigInput): ProgramConfig {
  return ProgramConfig.parse(input);
}

export function makeMember(overrides: Partial<MemberState> = {}): MemberState {
  return {
    tierId: null,
    availablePoints: 0,
    pendingPoints: 0,
    cashbackBalance: 0,
    stats: {},
    birthDate: null,
    clubProgramIds: [],
    isBlocked: false,
    ...overrides,
  };
}

export function line(
  sku: string,
  unitPrice: number,
  quantity = 1,
  extra: Partial<CartLine> = {},
): CartLine {
  return { sku, category: "general", unitPrice, quantity, ...extra };
}

export function makeInput(
  configs: ProgramConfigInput[],
  lines: CartLine[],
  member: MemberState | null = makeMember(),
  context: Partial<QuoteContext> = {},
): QuoteInput {
  return {
    versions: configs.map((config, i) => ({
      id: `v${i + 1}`,
      programId: `p${i + 1}`,
      config: parseConfig(config),
    })),
    member,
    cart: { currency: "RUB", lines },
    context: { now: NOW, timezone: TZ, ...context },
  };
}
