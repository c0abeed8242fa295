"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CreateKeyDialog } from "./create-key-dialog";
import { RevokeKeyDialog } from "./revoke-key-dialog";

export type ApiKeyRow = {
  id: string;
  kind: "publishable" | "secret";
  name: string;
  maskedKey: string;
  lastUsed: string | null;
  revoked: string | null;
};

const columns = ["name", "kind", "key", "lastUsed", "status"] as const;

export function KeysSection({ keys, canEdit }: { keys: ApiKeyRow[]; canEdit: boolean }) {
  const t = useTranslations("Integration");
  const [isCreating, setIsCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  return (
    <Card>
      <CardHeader
        title={t("keysTitle")}
        description={t("keysDescription")}
        action={canEdit && <Button onClick={() => setIsCreating(true)}>{t("newKey")}</Button>}
      />
      {keys.length === 0 ? (
        <p className="px-6 py-4 text-sm text-slate-500">{t("noKeys")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("keysTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-4 py-3 font-medium">
                    {t(`keyColumns.${column}`)}
                  </th>
                ))}
                {canEdit && (
                  <th scope="col" className="px-4 py-3 font-medium">
                    <span className="sr-only">{t("keyColumns.actions")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2 font-medium">{key.name}</td>
                  <td className="px-4 py-2">{t(`kinds.${key.kind}`)}</td>
                  <td className="px-4 py-2 font-mono text-xs">{key.maskedKey}</td>
                  <td className="px-4 py-2 text-slate-500">{key.lastUsed ?? t("never")}</td>
                  <td className="px-4 py-2">
                    {key.revoked ? (
                      <Badge className="bg-slate-100 text-slate-600">
                        {t("revokedOn", { date: key.revoked })}
                      </Badge>
                    ) : (
                      <Badge className="bg-emerald-50 text-emerald-800">{t("active")}</Badge>
                    )}
                  </td>
                  {canEdit && (
                    <td className="px-4 py-2 text-right">
                      {!key.revoked && (
                        <Button variant="danger" size="sm" onClick={() => setRevoking(key)}>
                          {t("revoke")}
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && <CreateKeyDialog open={isCreating} onClose={() => setIsCreating(false)} />}
      {revoking && <RevokeKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </Card>
  );
}
