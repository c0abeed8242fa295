export { GET } from "@/server/rest/endpoints/member-referral";
