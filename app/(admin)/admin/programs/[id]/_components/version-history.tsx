import { useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";

type Version = {
  version: number;
  status: "draft" | "published";
  publishedAt: string | null;
  publishedBy: string | null;
  updatedAt: string;
};

export function VersionHistory({ versions }: { versions: Version[] }) {
  const t = useTranslations("Programs.history");
  return (
    <Card className="mt-6 overflow-x-auto">
      <CardHeader title={t("title")} description={t("description")} />
      <table className="w-full text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th scope="col" className="px-6 py-2 font-medium">
              {t("version")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("when")}
            </th>
            <th scope="col" className="px-6 py-2 font-medium">
              {t("who")}
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} className="border-b border-slate-100 last:border-0">
              <td className="px-6 py-2 tabular-nums">{t("versionN", { n: v.version })}</td>
              <td className="px-3 py-2">{v.status === "draft" ? t("draft") : t("published")}</td>
              <td className="px-3 py-2">{v.publishedAt ?? t("editedAt", { date: v.updatedAt })}</td>
              <td className="px-6 py-2">{v.publishedBy ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
