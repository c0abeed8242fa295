export { GET } from "@/server/rest/endpoints/member-by-card";
