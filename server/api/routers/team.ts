import { changeRole } from "@/server/services/team/change-role";
import { inviteTeammate } from "@/server/services/team/invite-teammate";
import { listTeam } from "@/server/services/team/list-team";
import {
  PreviewInvitationInput,
  previewInvitation,
} from "@/server/services/team/preview-invitation";
import { removeTeammate } from "@/server/services/team/remove-teammate";
import {
  ChangeRoleInput,
  InviteInput,
  RemoveTeammateInput,
} from "@/server/services/team/team-input";
import {
  createTRPCRouter,
  merchantProcedure,
  merchantWriteProcedure,
  publicProcedure,
} from "../trpc";

export const teamRouter = createTRPCRouter({
  list: merchantProcedure.query(({ ctx }) => listTeam({ ctx })),
  /** Public: the invite page shows the store and role before the invitee has an account. */
  invitation: publicProcedure
    .input(PreviewInvitationInput)
    .query(({ ctx, input }) => previewInvitation({ db: ctx.db, invitationId: input.invitationId })),
  invite: merchantWriteProcedure
    .input(InviteInput)
    .mutation(({ ctx, input }) =>
      inviteTeammate({ ctx, auth: ctx.auth, headers: ctx.headers, input }),
    ),
  changeRole: merchantWriteProcedure
    .input(ChangeRoleInput)
    .mutation(({ ctx, input }) => changeRole({ ctx, auth: ctx.auth, headers: ctx.headers, input })),
  remove: merchantWriteProcedure
    .input(RemoveTeammateInput)
    .mutation(({ ctx, input }) =>
      removeTeammate({ ctx, auth: ctx.auth, headers: ctx.headers, input }),
    ),
});
