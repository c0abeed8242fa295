export { GET, POST } from "@/server/rest/endpoints/partner-credits";
