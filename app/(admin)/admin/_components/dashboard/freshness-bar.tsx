"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

/** "Data as of HH:MM" and "Refresh now": the figures come from rollups, not live tables. */
export function FreshnessBar({ asOf }: { asOf: string | null }) {
  const t = useTranslations("Dashboard");
  const trpc = useTRPC();
  const router = useRouter();
  const [isRefreshing, startRefresh] = useTransition();
  const refresh = useMutation(
    trpc.analytics.refresh.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
      <span>{asOf ? t("asOf", { time: asOf }) : t("neverRefreshed")}</span>
      <Button
        variant="secondary"
        size="sm"
        isPending={refresh.isPending || isRefreshing}
        onClick={() => refresh.mutate()}
      >
        {t("refresh")}
      </Button>
    </div>
  );
}
