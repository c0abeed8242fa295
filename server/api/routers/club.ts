import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getMemberClub, MemberClubInput } from "@/server/services/club/get-member-club";
import { joinClub } from "@/server/services/club/join-club";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

export const clubRouter = createTRPCRouter({
  status: merchantProcedure
    .input(MemberClubInput)
    .query(({ ctx, input }) => getMemberClub({ ctx, input })),
  invite: merchantWriteProcedure
    .input(MemberClubInput.extend({ programId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      joinClub({
        ctx,
        input: {
          member: { memberId: input.memberId },
          programId: input.programId,
          source: "invitation",
          sourceRef: randomUUID(),
        },
      }),
    ),
});
