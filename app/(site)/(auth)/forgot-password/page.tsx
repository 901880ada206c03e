import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <Card className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold">{t("forgotTitle")}</h1>
        <p className="text-muted text-sm">{t("forgotSubtitle")}</p>
      </div>
      <ForgotPasswordForm />
      <Link href="/sign-in" className="text-primary text-sm font-semibold hover:underline">
        {t("backToSignIn")}
      </Link>
    </Card>
  );
}
