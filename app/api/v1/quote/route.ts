export { POST } from "@/server/rest/endpoints/quote";
