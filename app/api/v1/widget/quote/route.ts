export { OPTIONS, POST } from "@/server/rest/endpoints/widget-quote";
