export { POST } from "@/server/rest/endpoints/member-page-link-revoke";
