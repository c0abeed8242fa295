import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { OnboardingStep } from "@/server/services/merchants/get-onboarding";

const links: Record<OnboardingStep, string> = {
  store: "/admin/settings",
  program: "/admin/programs",
  widget: "/admin/integration",
  order: "/admin/orders",
};

/** First steps for a new store; each one ticks itself from what already exists. */
export function OnboardingChecklist({
  steps,
}: {
  steps: { step: OnboardingStep; isDone: boolean }[];
}) {
  const t = useTranslations("Onboarding");
  const done = steps.filter((s) => s.isDone).length;
  return (
    <Card>
      <CardHeader title={t("title")} description={t("progress", { done, total: steps.length })} />
      <CardBody>
        <ol className="space-y-3">
          {steps.map(({ step, isDone }, index) => (
            <li key={step} className="flex items-start gap-3">
              <span
                aria-hidden="true"
                className={cn(
                  "mt-0.5 grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold",
                  isDone ? "bg-emerald-600 text-white" : "border border-slate-300 text-slate-500",
                )}
              >
                {isDone ? "✓" : index + 1}
              </span>
              <div className="min-w-0">
                <Link
                  href={links[step]}
                  className="font-medium text-slate-900 underline-offset-2 hover:underline"
                >
                  {t(`steps.${step}.title`)}
                </Link>
                <span className="sr-only">: {isDone ? t("done") : t("todo")}</span>
                <p className={cn("text-sm", isDone ? "text-slate-400" : "text-slate-600")}>
                  {t(`steps.${step}.hint`)}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </CardBody>
    </Card>
  );
}
