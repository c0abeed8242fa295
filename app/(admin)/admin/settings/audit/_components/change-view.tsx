import { getTranslations } from "next-intl/server";

/** Before and after of an audit row, key by key; values stay as recorded. */
export async function ChangeView({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations("Audit.fields");
  const label = (key: string) => (t.has(key as "amount") ? t(key as "amount") : key);
  const was = toRecord(before);
  const now = toRecord(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  if (keys.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {keys.map((key) => {
        const a = show(was[key]);
        const b = show(now[key]);
        return (
          <div key={key} className="flex flex-wrap gap-1">
            <dt className="text-slate-500">{label(key)}:</dt>
            <dd className="break-all">
              {key in was && key in now && a !== b ? (
                <>
                  <span className="text-slate-400 line-through">{a}</span> →{" "}
                  <span className="font-medium">{b}</span>
                </>
              ) : (
                <span className="font-medium">{key in now ? b : a}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function toRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
