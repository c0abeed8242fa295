import { randomUUID } from "node:crypto";
import { z } from "zod";
import { createMemberLink } from "@/server/services/member-page/create-member-link";
import { revokeMemberLinks } from "@/server/services/member-page/revoke-member-links";
import { AdjustPointsInput, adjustPoints } from "@/server/services/members/adjust-points";
import { getMember, MemberIdInput } from "@/server/services/members/get-member";
import { listLedger } from "@/server/services/members/list-ledger";
import { ListMembersInput, listMembers } from "@/server/services/members/list-members";
import {
  SetMemberBlockedInput,
  setMemberBlocked,
} from "@/server/services/members/set-member-blocked";
import { listTierLevels } from "@/server/services/programs/list-tier-levels";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

export const membersRouter = createTRPCRouter({
  list: merchantProcedure
    .input(ListMembersInput)
    .query(({ ctx, input }) => listMembers({ ctx, input })),
  get: merchantProcedure.input(MemberIdInput).query(({ ctx, input }) => getMember({ ctx, input })),
  ledger: merchantProcedure
    .input(MemberIdInput.extend({ before: z.number().int().positive().optional() }))
    .query(({ ctx, input }) =>
      listLedger({ ctx, member: { memberId: input.memberId }, before: input.before, limit: 50 }),
    ),
  tierLevels: merchantProcedure.query(({ ctx }) => listTierLevels({ ctx })),
  adjust: merchantWriteProcedure
    .input(
      MemberIdInput.extend({
        amount: AdjustPointsInput.shape.amount,
        reason: AdjustPointsInput.shape.reason,
        idempotencyKey: AdjustPointsInput.shape.idempotencyKey.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      adjustPoints({
        ctx,
        input: {
          idempotencyKey: input.idempotencyKey ?? randomUUID(),
          member: { memberId: input.memberId },
          amount: input.amount,
          reason: input.reason,
        },
      }),
    ),
  setBlocked: merchantWriteProcedure
    .input(SetMemberBlockedInput)
    .mutation(({ ctx, input }) => setMemberBlocked({ ctx, input })),
  pageLink: merchantWriteProcedure
    .input(MemberIdInput)
    .mutation(({ ctx, input }) => createMemberLink({ ctx, member: { memberId: input.memberId } })),
  revokePageLinks: merchantWriteProcedure.input(MemberIdInput).mutation(({ ctx, input }) =>
    revokeMemberLinks({
      ctx,
      input: { idempotencyKey: randomUUID(), member: { memberId: input.memberId } },
    }),
  ),
});
