import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Logo } from "@/components/brand/logo";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { CreateStoreForm } from "@/components/merchants/create-store-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { OpenStoreList } from "./open-store-list";

type NoStoreProps = { email: string; stores: { id: string; name: string }[] };

/** A signed-in user without an open store: create one, or reopen one they belong to. */
export async function NoStore({ email, stores }: NoStoreProps) {
  const t = await getTranslations("NoStore");
  const tCommon = await getTranslations("Common");
  return (
    <div className="mx-auto flex min-h-screen max-w-lg flex-col gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <Logo name={tCommon("appName")} />
        <LocaleSwitch />
      </div>
      <Card>
        <CardHeader title={t("title")} description={t("subtitle", { email })} />
        <CardBody>
          <CreateStoreForm submitLabel={t("submit")} />
        </CardBody>
      </Card>
      {stores.length > 0 && (
        <Card>
          <CardHeader title={t("yourStores")} />
          <CardBody>
            <OpenStoreList stores={stores} openLabel={t("open")} />
          </CardBody>
        </Card>
      )}
      <div>
        <SignOutButton label={t("signOut")} variant="ghost" />
      </div>
    </div>
  );
}
