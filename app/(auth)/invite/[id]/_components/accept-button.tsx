"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** better-auth joins the user and makes the store their active one in the same call. */
export function AcceptButton({ invitationId }: { invitationId: string }) {
  const t = useTranslations("Invite");
  const { fromAuth } = useErrorText();
  const [error, setError] = useState<string>();
  const [isPending, setIsPending] = useState(false);
  return (
    <div className="space-y-4">
      {error && <Notice tone="error">{error}</Notice>}
      <Button
        className="w-full"
        isPending={isPending}
        onClick={async () => {
          setIsPending(true);
          setError(undefined);
          const result = await authClient.organization.acceptInvitation({ invitationId });
          if (result.error) {
            setError(fromAuth(result.error));
            setIsPending(false);
            return;
          }
          window.location.assign("/admin");
        }}
      >
        {t("accept")}
      </Button>
    </div>
  );
}
