"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { StoreFields, type StoreValues } from "./store-fields";
import { useBrowserTimeZone } from "./use-time-zones";

type CreateStoreFormProps = {
  submitLabel: string;
  cancelLabel?: string;
  onCancel?: () => void;
  onCreated?: () => void;
};

/** Opens a new store owned by the signed-in user; the server makes it the active store. */
export function CreateStoreForm({
  submitLabel,
  cancelLabel,
  onCancel,
  onCreated,
}: CreateStoreFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const [values, setValues] = useState<StoreValues>({
    name: "",
    currency: "RUB",
    timezone: "Europe/Moscow",
  });
  const applyZone = useCallback((timezone: string) => setValues((v) => ({ ...v, timezone })), []);
  useBrowserTimeZone(applyZone);

  const create = useMutation(
    trpc.merchant.create.mutationOptions({
      onSuccess: () => {
        onCreated?.();
        startRefresh(() => router.refresh());
      },
    }),
  );
  const errors = fromMutation(create.error);

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(values);
      }}
    >
      {create.error && <Notice tone="error">{errors.message}</Notice>}
      <StoreFields
        values={values}
        onChange={setValues}
        errors={{
          name: errors.field("name"),
          currency: errors.field("currency"),
          timezone: errors.field("timezone"),
        }}
      />
      <div className="flex justify-end gap-2 pt-2">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
        )}
        <Button type="submit" isPending={create.isPending || isRefreshing}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
