import { getTranslations } from "next-intl/server";

/** A job's human name; a job without one yet shows its code name. */
export async function JobName({ name }: { name: string }) {
  const t = await getTranslations("Jobs.names");
  const key = name as "expire-lots";
  return (
    <>
      {t.has(key) ? t(key) : name}
      <span className="block text-xs font-normal text-slate-500">{name}</span>
    </>
  );
}
