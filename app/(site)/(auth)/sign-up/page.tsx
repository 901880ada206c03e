import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/viewer";
import { Card } from "@/components/ui/card";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getViewer()) redirect("/feed");
  const t = await getTranslations("auth");
  return (
    <>
      <Card className="flex flex-col gap-5">
        <div>
          <h1 className="text-2xl font-semibold">{t("signUpTitle")}</h1>
          <p className="text-muted text-sm">{t("signUpSubtitle")}</p>
        </div>
        <SignUpForm />
      </Card>
      <p className="text-center text-sm">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-primary font-semibold hover:underline">
          {t("signInLink")}
        </Link>
      </p>
    </>
  );
}
