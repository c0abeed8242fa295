"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { CopyButton } from "../../../integration/_components/copy-button";

/**
 * The card number cashiers type, a fresh signed link to send the member to their page, and a
 * way to revoke every link sent so far (one was forwarded, a phone was lost).
 */
export function MemberPageLink({
  memberId,
  cardNumber,
  canEdit,
}: {
  memberId: string;
  cardNumber: string;
  canEdit: boolean;
}) {
  const t = useTranslations("MemberPage.admin");
  const trpc = useTRPC();
  const link = useMutation(trpc.members.pageLink.mutationOptions());
  const revoke = useMutation(
    trpc.members.revokePageLinks.mutationOptions({ onSuccess: () => link.reset() }),
  );
  return (
    <Card className="mt-6">
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-3 text-sm">
        <p>
          <span className="text-slate-500">{t("cardNumber")}: </span>
          <span className="font-mono font-semibold">{cardNumber}</span>
        </p>
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            {!link.data && (
              <Button
                variant="secondary"
                size="sm"
                disabled={link.isPending}
                onClick={() => {
                  revoke.reset();
                  link.mutate({ memberId });
                }}
              >
                {t("getLink")}
              </Button>
            )}
            <Button
              variant="danger"
              size="sm"
              disabled={revoke.isPending}
              onClick={() => {
                if (window.confirm(t("confirmRevoke"))) revoke.mutate({ memberId });
              }}
            >
              {t("revoke")}
            </Button>
          </div>
        )}
        {link.isError && <Notice tone="error">{t("failed")}</Notice>}
        {revoke.isError && <Notice tone="error">{t("revokeFailed")}</Notice>}
        {revoke.isSuccess && <Notice tone="success">{t("revoked")}</Notice>}
        {link.data && (
          <div className="space-y-2">
            <p className="text-slate-500">{t("link")}</p>
            <div className="flex flex-wrap items-center gap-2">
              <a
                href={link.data.url}
                target="_blank"
                rel="noreferrer"
                className="break-all font-mono text-xs text-brand-700 underline"
              >
                {link.data.url}
              </a>
              <CopyButton text={link.data.url} label={t("copy")} />
            </div>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
