"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CreateEndpointDialog } from "./create-endpoint-dialog";
import { DeleteEndpointDialog } from "./delete-endpoint-dialog";
import { EndpointActions } from "./endpoint-actions";
import { RotateSecretDialog } from "./rotate-secret-dialog";

export type EndpointRow = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  isActive: boolean;
};

const columns = ["url", "events", "status"] as const;

export function EndpointsSection({
  endpoints,
  canEdit,
}: {
  endpoints: EndpointRow[];
  canEdit: boolean;
}) {
  const t = useTranslations("Webhooks");
  const [isCreating, setIsCreating] = useState(false);
  const [rotating, setRotating] = useState<EndpointRow | null>(null);
  const [deleting, setDeleting] = useState<EndpointRow | null>(null);
  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={t("description")}
        action={canEdit && <Button onClick={() => setIsCreating(true)}>{t("newEndpoint")}</Button>}
      />
      {endpoints.length === 0 ? (
        <p className="px-6 py-4 text-sm text-slate-500">{t("noEndpoints")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-4 py-3 font-medium">
                    {t(`columns.${column}`)}
                  </th>
                ))}
                {canEdit && (
                  <th scope="col" className="px-4 py-3 font-medium">
                    <span className="sr-only">{t("columns.actions")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {endpoints.map((endpoint) => (
                <tr key={endpoint.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="px-4 py-2">
                    <div className="font-mono text-xs break-all">{endpoint.url}</div>
                    {endpoint.description && (
                      <div className="text-slate-500">{endpoint.description}</div>
                    )}
                  </td>
                  <td className="px-4 py-2 text-slate-600">
                    {endpoint.eventTypes.map((type) => (
                      <div key={type} className="font-mono text-xs">
                        {type}
                      </div>
                    ))}
                  </td>
                  <td className="px-4 py-2">
                    {endpoint.isActive ? (
                      <Badge className="bg-emerald-50 text-emerald-800">{t("active")}</Badge>
                    ) : (
                      <Badge>{t("paused")}</Badge>
                    )}
                  </td>
                  {canEdit && (
                    <td className="px-4 py-2">
                      <EndpointActions
                        endpoint={endpoint}
                        onRotate={() => setRotating(endpoint)}
                        onDelete={() => setDeleting(endpoint)}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && <CreateEndpointDialog open={isCreating} onClose={() => setIsCreating(false)} />}
      {rotating && <RotateSecretDialog endpoint={rotating} onClose={() => setRotating(null)} />}
      {deleting && <DeleteEndpointDialog endpoint={deleting} onClose={() => setDeleting(null)} />}
    </Card>
  );
}
