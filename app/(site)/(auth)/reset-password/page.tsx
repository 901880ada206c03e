import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  return (
    <Card className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold">{t("resetTitle")}</h1>
      <ResetPasswordForm token={typeof token === "string" ? token : ""} />
    </Card>
  );
}
