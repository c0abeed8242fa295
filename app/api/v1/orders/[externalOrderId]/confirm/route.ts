export { POST } from "@/server/rest/endpoints/order-confirm";
