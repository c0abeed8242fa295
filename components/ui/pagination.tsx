import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("Pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav
      aria-label={t("label")}
      className="mt-4 flex items-center justify-between gap-4 text-sm text-slate-600"
    >
      <p>
        {t("summary", {
          from: total === 0 ? 0 : (page - 1) * pageSize + 1,
          to: Math.min(total, page * pageSize),
          total,
        })}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link
            href={hrefFor(page - 1)}
            className={buttonClass({ variant: "secondary", size: "sm" })}
            rel="prev"
          >
            ← {t("previous")}
          </Link>
        )}
        <span className="self-center">{t("page", { page, pages })}</span>
        {page < pages && (
          <Link
            href={hrefFor(page + 1)}
            className={buttonClass({ variant: "secondary", size: "sm" })}
            rel="next"
          >
            {t("next")} →
          </Link>
        )}
      </div>
    </nav>
  );
}
