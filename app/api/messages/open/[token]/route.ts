import { getDb } from "@/db/client";
import { recordOpen } from "@/server/services/campaigns/record-open";

const pixel = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** The open-tracking pixel: always the same transparent GIF, whatever the token. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await recordOpen(await getDb(), token);
  return new Response(pixel, {
    headers: { "content-type": "image/gif", "cache-control": "no-store, private" },
  });
}
