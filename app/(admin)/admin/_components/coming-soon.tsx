import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

type Section = "campaigns";

/** An honest placeholder: says which piece of work brings the section, shows no sample data. */
export async function ComingSoon({ section }: { section: Section }) {
  const t = await getTranslations("ComingSoon");
  return (
    <>
      <PageHeader title={t(`${section}.title`)} />
      <Card>
        <CardBody className="space-y-3">
          <Badge className="bg-brand-50 text-brand-700">{t("badge")}</Badge>
          <p className="max-w-prose text-sm text-slate-700">{t(`${section}.body`)}</p>
        </CardBody>
      </Card>
    </>
  );
}
