import {
  CampaignId,
  CampaignInput,
  UpdateCampaignInput,
} from "@/server/services/campaigns/campaign-input";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import { getMessagingSettings } from "@/server/services/campaigns/get-messaging-settings";
import { listCampaigns } from "@/server/services/campaigns/list-campaigns";
import { ListOutboxInput, listOutbox } from "@/server/services/campaigns/list-outbox";
import { UpdateMessagingSettingsInput } from "@/server/services/campaigns/messaging-settings-input";
import { PreviewMessageInput, previewMessage } from "@/server/services/campaigns/preview-message";
import { createCampaign, updateCampaign } from "@/server/services/campaigns/save-campaign";
import { sendCampaignNow } from "@/server/services/campaigns/send-campaign-now";
import { SendSmtpTestInput, sendSmtpTest } from "@/server/services/campaigns/send-smtp-test";
import {
  SendTestMessageInput,
  sendTestMessage,
} from "@/server/services/campaigns/send-test-message";
import {
  SetCampaignStatusInput,
  setCampaignStatus,
} from "@/server/services/campaigns/set-campaign-status";
import { updateMessagingSettings } from "@/server/services/campaigns/update-messaging-settings";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

export const campaignsRouter = createTRPCRouter({
  settings: createTRPCRouter({
    get: merchantProcedure.query(({ ctx }) => getMessagingSettings({ ctx })),
    update: merchantWriteProcedure
      .input(UpdateMessagingSettingsInput)
      .mutation(({ ctx, input }) => updateMessagingSettings({ ctx, input })),
    sendTest: merchantWriteProcedure
      .input(SendSmtpTestInput)
      .mutation(({ ctx, input }) => sendSmtpTest({ ctx, input })),
  }),
  list: merchantProcedure.query(({ ctx }) => listCampaigns({ ctx })),
  get: merchantProcedure.input(CampaignId).query(({ ctx, input }) => getCampaign({ ctx, input })),
  create: merchantWriteProcedure
    .input(CampaignInput)
    .mutation(({ ctx, input }) => createCampaign({ ctx, input })),
  update: merchantWriteProcedure
    .input(UpdateCampaignInput)
    .mutation(({ ctx, input }) => updateCampaign({ ctx, input })),
  setStatus: merchantWriteProcedure
    .input(SetCampaignStatusInput)
    .mutation(({ ctx, input }) => setCampaignStatus({ ctx, input })),
  sendNow: merchantWriteProcedure
    .input(CampaignId)
    .mutation(({ ctx, input }) => sendCampaignNow({ ctx, input })),
  preview: merchantProcedure
    .input(PreviewMessageInput)
    .query(({ ctx, input }) => previewMessage({ ctx, input })),
  sendTest: merchantWriteProcedure
    .input(SendTestMessageInput)
    .mutation(({ ctx, input }) => sendTestMessage({ ctx, input })),
  outbox: merchantProcedure
    .input(ListOutboxInput)
    .query(({ ctx, input }) => listOutbox({ ctx, input })),
});
