import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { ConfirmEmailForm } from "./confirm-email-form";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("confirmEmailTitle") };
}

/** Where the mail sent to a new address leads: confirming it makes it the account's sign-in address. */
export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("settings")]);
  return (
    <Card className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold">{t("confirmEmailTitle")}</h1>
      <p className="text-muted text-sm">{t("confirmEmailBody")}</p>
      <ClientMessages namespaces={["settings"]}>
        <ConfirmEmailForm token={typeof token === "string" ? token : ""} />
      </ClientMessages>
    </Card>
  );
}
