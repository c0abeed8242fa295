import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type Filter = Record<string, string | undefined>;

/** A plain GET form: filters live in the URL, so they survive reload, back and sharing. */
export function MembersFilter({
  filter,
  tiers,
}: {
  filter: Filter;
  tiers: { id: string; name: string }[];
}) {
  const t = useTranslations("Members.filter");
  return (
    <Card className="mb-4">
      <CardBody>
        <form method="get" aria-label={t("label")} className="space-y-4">
          {filter.sort && <input type="hidden" name="sort" value={filter.sort} />}
          {filter.dir && <input type="hidden" name="dir" value={filter.dir} />}
          {filter.program && <input type="hidden" name="program" value={filter.program} />}
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <div className="sm:col-span-2">
              <TextField
                type="search"
                name="q"
                label={t("search")}
                hint={t("searchHint")}
                defaultValue={filter.q}
              />
            </div>
            <SelectField name="tier" label={t("tier")} defaultValue={filter.tier ?? ""}>
              <option value="">{t("anyTier")}</option>
              {tiers.map((tier) => (
                <option key={tier.id} value={tier.id}>
                  {tier.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              name="isBlocked"
              label={t("blocked")}
              defaultValue={filter.isBlocked ?? ""}
            >
              <option value="">{t("anyBlocked")}</option>
              <option value="no">{t("active")}</option>
              <option value="yes">{t("blockedOnly")}</option>
            </SelectField>
            <TextField
              name="balanceMin"
              inputMode="numeric"
              label={t("balanceMin")}
              defaultValue={filter.balanceMin}
            />
            <TextField
              name="balanceMax"
              inputMode="numeric"
              label={t("balanceMax")}
              defaultValue={filter.balanceMax}
            />
            <TextField
              name="lapsedDays"
              inputMode="numeric"
              label={t("lapsedDays")}
              hint={t("lapsedHint")}
              defaultValue={filter.lapsedDays}
            />
            <TextField
              type="date"
              name="lastOrderAfter"
              label={t("lastOrderAfter")}
              defaultValue={filter.lastOrderAfter}
            />
            <TextField
              type="date"
              name="lastOrderBefore"
              label={t("lastOrderBefore")}
              defaultValue={filter.lastOrderBefore}
            />
            <TextField
              type="date"
              name="joinedFrom"
              label={t("joinedFrom")}
              defaultValue={filter.joinedFrom}
            />
            <TextField
              type="date"
              name="joinedTo"
              label={t("joinedTo")}
              defaultValue={filter.joinedTo}
            />
            <TextField
              type="month"
              name="joinedMonth"
              label={t("joinedMonth")}
              defaultValue={filter.joinedMonth}
            />
            <TextField
              type="month"
              name="firstOrderMonth"
              label={t("firstOrderMonth")}
              defaultValue={filter.firstOrderMonth}
            />
            <TextField
              type="month"
              name="boughtMonth"
              label={t("boughtMonth")}
              hint={t("boughtMonthHint")}
              defaultValue={filter.boughtMonth}
            />
            <SelectField name="tierMove" label={t("tierMove")} defaultValue={filter.tierMove ?? ""}>
              <option value="">{t("anyTierMove")}</option>
              <option value="up">{t("movedUp")}</option>
              <option value="down">{t("movedDown")}</option>
            </SelectField>
            <TextField
              type="month"
              name="movedFrom"
              label={t("movedFrom")}
              defaultValue={filter.movedFrom}
            />
            <TextField
              type="month"
              name="movedTo"
              label={t("movedTo")}
              defaultValue={filter.movedTo}
            />
          </div>
          <div className="flex gap-2">
            <button type="submit" className={buttonClass({ size: "sm" })}>
              {t("apply")}
            </button>
            <Link href="/admin/members" className={buttonClass({ variant: "ghost", size: "sm" })}>
              {t("reset")}
            </Link>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
