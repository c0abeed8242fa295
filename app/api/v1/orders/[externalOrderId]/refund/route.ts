export { POST } from "@/server/rest/endpoints/order-refund";
