export { GET, POST } from "@/server/rest/endpoints/empty";
