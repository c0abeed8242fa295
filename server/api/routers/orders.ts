import { getOrder, OrderIdInput } from "@/server/services/orders/get-order";
import { ListOrdersInput, listOrders } from "@/server/services/orders/list-orders";
import { createTRPCRouter, merchantProcedure } from "../trpc";

export const ordersRouter = createTRPCRouter({
  list: merchantProcedure
    .input(ListOrdersInput)
    .query(({ ctx, input }) => listOrders({ ctx, input })),
  get: merchantProcedure.input(OrderIdInput).query(({ ctx, input }) => getOrder({ ctx, input })),
});
