export { GET, PUT } from "@/server/rest/endpoints/member";
