import { getDb } from "@/db/client";
import { unsubscribeByToken } from "@/server/services/campaigns/unsubscribe";

/** The unsubscribe button posts here; a bad token just shows the page's "invalid link". */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { isDone } = await unsubscribeByToken(await getDb(), token);
  const page = `/unsubscribe/${encodeURIComponent(token)}${isDone ? "?done=1" : ""}`;
  return new Response(null, { status: 303, headers: { location: page } });
}
