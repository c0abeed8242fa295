export { POST } from "@/server/rest/endpoints/guest-order";
