"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { CreateStoreForm } from "@/components/merchants/create-store-form";
import { useTRPC } from "@/components/providers/trpc";
import { Dialog } from "@/components/ui/dialog";
import { Menu, MenuItem, MenuSeparator } from "@/components/ui/menu";
import type { StaffRole } from "@/db/schema";

type Store = { id: string; name: string; role: string };

type StoreSwitcherProps = {
  stores: Store[];
  current: { id: string; name: string; role: StaffRole };
};

export function StoreSwitcher({ stores, current }: StoreSwitcherProps) {
  const t = useTranslations("Admin.storeMenu");
  const tRoles = useTranslations("Roles");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isCreating, setIsCreating] = useState(false);
  const [isRefreshing, startRefresh] = useTransition();
  const switchStore = useMutation(
    trpc.merchant.switch.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const roleLabel = (role: string) =>
    role === "owner" || role === "manager" || role === "analyst" ? tRoles(role) : role;

  return (
    <div className="flex min-w-0 items-center gap-3" aria-busy={isRefreshing || undefined}>
      <Menu
        summaryLabel={t("label", { store: current.name })}
        summary={
          <>
            <span className="min-w-0 max-w-52 truncate font-semibold">{current.name}</span>
            <span className="hidden rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600 sm:inline">
              {roleLabel(current.role)}
            </span>
            <span aria-hidden="true" className="text-slate-400">
              ▾
            </span>
          </>
        }
      >
        <p className="px-3 pt-2 pb-1 text-xs font-medium text-slate-500">{t("yourStores")}</p>
        {stores.map((store) => (
          <MenuItem
            key={store.id}
            aria-current={store.id === current.id ? "true" : undefined}
            disabled={switchStore.isPending || isRefreshing}
            onClick={() => {
              if (store.id !== current.id) switchStore.mutate({ merchantId: store.id });
            }}
          >
            <span className="min-w-0 flex-1 truncate">{store.name}</span>
            <span className="text-xs text-slate-500">
              {store.id === current.id ? t("current") : roleLabel(store.role)}
            </span>
          </MenuItem>
        ))}
        <MenuSeparator />
        <MenuItem className="font-medium text-brand-700" onClick={() => setIsCreating(true)}>
          + {t("create")}
        </MenuItem>
      </Menu>
      {switchStore.error && (
        <p role="alert" className="text-sm text-red-700">
          {fromMutation(switchStore.error).message}
        </p>
      )}
      <Dialog
        open={isCreating}
        onClose={() => setIsCreating(false)}
        title={t("createTitle")}
        description={t("createDescription")}
      >
        <CreateStoreForm
          submitLabel={t("submit")}
          cancelLabel={t("cancel")}
          onCancel={() => setIsCreating(false)}
          onCreated={() => setIsCreating(false)}
        />
      </Dialog>
    </div>
  );
}
