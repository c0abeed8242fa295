export { POST } from "@/server/rest/endpoints/order-paid";
