export { GET } from "@/server/rest/endpoints/openapi";
