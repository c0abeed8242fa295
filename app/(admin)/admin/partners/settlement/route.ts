import { getDb } from "@/db/client";
import { resolveStaff } from "@/server/api/resolve-staff";
import { getAuth } from "@/server/auth/get-auth";
import {
  reportPartnerSettlement,
  SettlementInput,
} from "@/server/services/partners/report-partner-settlement";
import { toSettlementCsv } from "@/server/services/partners/settlement-csv";

/** The settlement report as CSV; the store comes from the session. */
export async function GET(request: Request) {
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return new Response("Please sign in", { status: 401 });
  const staff = await resolveStaff(db, session).catch(() => null);
  if (!staff) return new Response("You are not a member of this store", { status: 403 });
  const period = SettlementInput.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!period.success) return new Response("Send from and to as YYYY-MM-DD", { status: 400 });
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
  const rows = await reportPartnerSettlement({ ctx, input: period.data });
  const { from, to } = period.data;
  return new Response(toSettlementCsv(rows, period.data), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="partners-${from}-${to}.csv"`,
      "cache-control": "no-store",
    },
  });
}
