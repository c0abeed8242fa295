export { POST } from "@/server/rest/endpoints/member-actions";
