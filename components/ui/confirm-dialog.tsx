"use client";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { Notice } from "./notice";

type ConfirmDialogProps = {
  open?: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: string;
  description: string;
  cancelLabel: string;
  confirmLabel: string;
  isPending: boolean;
  /** The failed attempt's message, shown above the buttons. */
  error?: string | null;
};

/** A destructive action asked once more: cancel, or confirm with a danger button. */
export function ConfirmDialog({
  open = true,
  onClose,
  onConfirm,
  title,
  description,
  cancelLabel,
  confirmLabel,
  isPending,
  error,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      <div className="space-y-4 text-left">
        {error && <Notice tone="error">{error}</Notice>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {cancelLabel}
          </Button>
          <Button variant="danger" isPending={isPending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
