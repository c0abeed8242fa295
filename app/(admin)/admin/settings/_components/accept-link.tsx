"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Until email delivery exists, the inviter passes the accept link on by hand. */
export function AcceptLink({ url, email }: { url: string; email: string }) {
  const t = useTranslations("Team");
  const id = useId();
  const [isCopied, setIsCopied] = useState(false);
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id} className="text-xs font-normal text-slate-500">
        {t("acceptLink", { email })}
      </Label>
      <div className="flex gap-2">
        <Input
          id={id}
          readOnly
          value={url}
          className="h-8 font-mono text-xs"
          onFocus={(e) => e.target.select()}
        />
        <Button
          variant="secondary"
          size="sm"
          className="w-28"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setIsCopied(true);
          }}
        >
          {isCopied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
