import { getDatabase } from "@/db/client";

export async function GET() {
  const database = await getDatabase();
  return Response.json({ ok: true, database: database.kind });
}
