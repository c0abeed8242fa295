export { GET } from "@/server/rest/endpoints/member-page-link";
