"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";

type MemberActionsProps = {
  memberId: string;
  name: string;
  isBlocked: boolean;
  canEdit: boolean;
  available: number;
};

/** Manual adjustment (with a mandatory reason) and block/unblock; hidden from analysts. */
export function MemberActions({
  memberId,
  name,
  isBlocked,
  canEdit,
  available,
}: MemberActionsProps) {
  const t = useTranslations("Member.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [, startRefresh] = useTransition();
  const [dialog, setDialog] = useState<"adjust" | "block" | null>(null);
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const close = () => {
    setDialog(null);
    setAmount("");
    setReason("");
  };
  const adjust = useMutation(
    trpc.members.adjust.mutationOptions({
      onSuccess: (result) => {
        setDone(t("adjusted", { amount: result.amount, available: result.available }));
        close();
        startRefresh(() => router.refresh());
      },
    }),
  );
  const block = useMutation(
    trpc.members.setBlocked.mutationOptions({
      onSuccess: () => {
        close();
        startRefresh(() => router.refresh());
      },
    }),
  );
  if (!canEdit) return null;
  const parsedAmount = /^[+-]?\d+$/.test(amount.trim()) ? Number(amount.trim()) : Number.NaN;
  const amountError =
    amount.trim() === ""
      ? undefined
      : Number.isNaN(parsedAmount) || parsedAmount === 0
        ? t("amountInvalid")
        : undefined;
  const reasonTooShort = reason.trim().length < 3;
  const adjustErrors = fromMutation(adjust.error);
  const blockErrors = fromMutation(block.error);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        onClick={() => {
          adjust.reset();
          setDone(null);
          setDialog("adjust");
        }}
      >
        {t("adjust")}
      </Button>
      <Button
        variant={isBlocked ? "secondary" : "danger"}
        onClick={() => {
          block.reset();
          setDialog("block");
        }}
      >
        {isBlocked ? t("unblock") : t("block")}
      </Button>
      {done && (
        <p role="status" className="w-full text-sm text-emerald-700">
          {done}
        </p>
      )}
      <Dialog
        open={dialog === "adjust"}
        onClose={close}
        title={t("adjustTitle", { name })}
        description={t("adjustHint", { available })}
      >
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (Number.isNaN(parsedAmount) || parsedAmount === 0 || reasonTooShort) return;
            adjust.mutate({ memberId, amount: parsedAmount, reason: reason.trim() });
          }}
        >
          <TextField
            label={t("amount")}
            hint={t("amountHint")}
            inputMode="numeric"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={amountError ?? adjustErrors.field("amount")}
            required
          />
          <TextField
            label={t("reason")}
            hint={t("reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={adjustErrors.field("reason")}
            required
          />
          {adjust.error && <Notice tone="error">{adjustErrors.message}</Notice>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t("cancel")}
            </Button>
            <Button
              type="submit"
              isPending={adjust.isPending}
              disabled={Number.isNaN(parsedAmount) || parsedAmount === 0 || reasonTooShort}
            >
              {t("confirmAdjust")}
            </Button>
          </div>
        </form>
      </Dialog>
      <Dialog
        open={dialog === "block"}
        onClose={close}
        title={isBlocked ? t("unblockTitle", { name }) : t("blockTitle", { name })}
        description={isBlocked ? t("unblockHint") : t("blockHint")}
      >
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (reasonTooShort) return;
            block.mutate({ memberId, isBlocked: !isBlocked, reason: reason.trim() });
          }}
        >
          <TextField
            label={t("reason")}
            hint={t("reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
          />
          {block.error && <Notice tone="error">{blockErrors.message}</Notice>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t("cancel")}
            </Button>
            <Button
              type="submit"
              variant={isBlocked ? "primary" : "danger"}
              isPending={block.isPending}
              disabled={reasonTooShort}
            >
              {isBlocked ? t("unblock") : t("block")}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
