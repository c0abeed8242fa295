import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

type ApiErrorRow = {
  id: string;
  at: string;
  method: string;
  path: string;
  status: number;
  code: string;
  message: string;
};

const columns = ["time", "method", "path", "status", "code", "message"] as const;

export function ApiErrorsSection({ errors }: { errors: ApiErrorRow[] }) {
  const t = useTranslations("Integration");
  return (
    <Card>
      <CardHeader title={t("errorsTitle")} description={t("errorsDescription")} />
      {errors.length === 0 ? (
        <CardBody>
          <p className="text-sm text-slate-500">{t("noErrors")}</p>
        </CardBody>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("errorsTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-4 py-3 font-medium">
                    {t(`errorColumns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {errors.map((e) => (
                <tr key={e.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2 whitespace-nowrap text-slate-500">{e.at}</td>
                  <td className="px-4 py-2 font-mono text-xs">{e.method}</td>
                  <td className="px-4 py-2 font-mono text-xs break-all">{e.path}</td>
                  <td className="px-4 py-2">{e.status}</td>
                  <td className="px-4 py-2 font-mono text-xs">{e.code}</td>
                  <td className="px-4 py-2">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
