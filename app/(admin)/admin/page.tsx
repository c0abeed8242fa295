import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Dashboard, DashboardSkeleton } from "./_components/dashboard/dashboard";
import { DashboardFilters } from "./_components/dashboard/dashboard-filters";
import { readDashboardParams } from "./_components/dashboard/read-dashboard-params";
import { OnboardingChecklist } from "./_components/onboarding-checklist";
import { loadAdmin } from "./_data/load-admin";

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, onboarding, tiers, programList, raw] = await Promise.all([
    getTranslations("Dashboard"),
    caller.onboarding.get(),
    caller.members.tierLevels(),
    caller.programs.list(),
    searchParams,
  ]);
  const { input } = readDashboardParams(raw, merchant.timezone, new Date());
  const programs = programList.map((p) => ({ id: p.id, name: p.name }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {!onboarding.isComplete && <OnboardingChecklist steps={onboarding.steps} />}
        <DashboardFilters values={input} tiers={tiers} programs={programs} />
        <Suspense key={JSON.stringify(input)} fallback={<DashboardSkeleton />}>
          <Dashboard
            caller={caller}
            input={input}
            currency={merchant.currency}
            timezone={merchant.timezone}
            programs={programs}
          />
        </Suspense>
      </div>
    </>
  );
}
