import { getTranslations } from "next-intl/server";
import { demoOwner } from "@/db/seed/demo-owner";
import { env } from "@/server/env";

/** Shown only where the demo store is seeded, so the hint never lies. */
export async function DemoHint() {
  if (env.SEED_DEMO !== "true") return null;
  const t = await getTranslations("Landing");
  return (
    <aside className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-left text-sm text-slate-700">
      <p className="font-medium text-slate-900">{t("demoTitle")}</p>
      <p>
        {t.rich("demoHint", {
          email: demoOwner.email,
          password: demoOwner.password,
          code: (chunks) => (
            <code className="font-mono whitespace-nowrap text-brand-700">{chunks}</code>
          ),
        })}
      </p>
    </aside>
  );
}
