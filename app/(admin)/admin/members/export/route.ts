import { getDb } from "@/db/client";
import { resolveStaff } from "@/server/api/resolve-staff";
import { getAuth } from "@/server/auth/get-auth";
import { exportMembers } from "@/server/services/members/export-members";

/** CSV of the members matching the list's filter (or the selected ids); the store comes from the session. */
export async function GET(request: Request) {
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return new Response("Please sign in", { status: 401 });
  const staff = await resolveStaff(db, session).catch(() => null);
  if (!staff) return new Response("You are not a member of this store", { status: 403 });
  const url = new URL(request.url);
  const input: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const ids = url.searchParams.get("ids");
  input.ids = ids ? ids.split(",").filter(Boolean) : undefined;
  const ctx = {
    merchantId: staff.merchantId,
    actor: {
      kind: "staff" as const,
      userId: staff.userId,
      role: staff.role,
      label: session.user.email,
    },
    db,
  };
  const chunks = exportMembers({ ctx, input });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("Member export failed", error);
        controller.error(error);
      }
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="members-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
