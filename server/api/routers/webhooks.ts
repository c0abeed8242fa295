import { CreateEndpointInput, createEndpoint } from "@/server/services/webhooks/create-endpoint";
import { deleteEndpoint } from "@/server/services/webhooks/delete-endpoint";
import { EndpointId } from "@/server/services/webhooks/endpoint-input";
import { ListDeliveriesInput, listDeliveries } from "@/server/services/webhooks/list-deliveries";
import { listEndpoints } from "@/server/services/webhooks/list-endpoints";
import { replayDelivery } from "@/server/services/webhooks/replay-delivery";
import { rotateEndpointSecret } from "@/server/services/webhooks/rotate-endpoint-secret";
import { sendTestEvent } from "@/server/services/webhooks/send-test-event";
import { UpdateEndpointInput, updateEndpoint } from "@/server/services/webhooks/update-endpoint";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

export const webhooksRouter = createTRPCRouter({
  endpoints: createTRPCRouter({
    list: merchantProcedure.query(({ ctx }) => listEndpoints({ ctx })),
    create: merchantWriteProcedure
      .input(CreateEndpointInput)
      .mutation(({ ctx, input }) => createEndpoint({ ctx, input })),
    update: merchantWriteProcedure
      .input(UpdateEndpointInput)
      .mutation(({ ctx, input }) => updateEndpoint({ ctx, input })),
    rotateSecret: merchantWriteProcedure
      .input(EndpointId)
      .mutation(({ ctx, input }) => rotateEndpointSecret({ ctx, input })),
    delete: merchantWriteProcedure
      .input(EndpointId)
      .mutation(({ ctx, input }) => deleteEndpoint({ ctx, input })),
    sendTest: merchantWriteProcedure
      .input(EndpointId)
      .mutation(({ ctx, input }) => sendTestEvent({ ctx, input })),
  }),
  deliveries: createTRPCRouter({
    list: merchantProcedure
      .input(ListDeliveriesInput)
      .query(({ ctx, input }) => listDeliveries({ ctx, input })),
    replay: merchantWriteProcedure
      .input(EndpointId)
      .mutation(({ ctx, input }) => replayDelivery({ ctx, input })),
  }),
});
