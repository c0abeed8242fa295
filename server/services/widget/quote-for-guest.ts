import type { Executor } from "@/db/database";
import { type CartLine, quote } from "@/server/engine";
import { loadActiveVersions } from "./load-active-versions";

/** Full price for a guest, plus what joining would earn on this cart (the engine's `potential`). */
export async function quoteForGuest({
  db,
  store,
  lines,
  now = new Date(),
}: {
  db: Executor;
  store: { merchantId: string; currency: string; timezone: string };
  lines: CartLine[];
  now?: Date;
}) {
  const versions = await loadActiveVersions(db, store.merchantId, now.getTime());
  const priced = quote({
    versions,
    member: null,
    cart: { currency: store.currency, lines },
    context: { now, timezone: store.timezone },
  });
  return { quote: priced, versions };
}
