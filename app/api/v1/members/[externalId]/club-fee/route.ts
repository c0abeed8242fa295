export { POST } from "@/server/rest/endpoints/club-fee";
