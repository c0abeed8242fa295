"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type OpenStoreListProps = { stores: { id: string; name: string }[]; openLabel: string };

export function OpenStoreList({ stores, openLabel }: OpenStoreListProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const open = useMutation(
    trpc.merchant.switch.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  return (
    <div className="space-y-3">
      {open.error && <Notice tone="error">{fromMutation(open.error).message}</Notice>}
      <ul className="divide-y divide-slate-100">
        {stores.map((store) => (
          <li key={store.id} className="flex items-center justify-between gap-4 py-2">
            <span className="truncate text-sm font-medium">{store.name}</span>
            <Button
              variant="secondary"
              size="sm"
              aria-label={`${openLabel}: ${store.name}`}
              isPending={
                (open.isPending || isRefreshing) && open.variables?.merchantId === store.id
              }
              onClick={() => open.mutate({ merchantId: store.id })}
            >
              {openLabel}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
