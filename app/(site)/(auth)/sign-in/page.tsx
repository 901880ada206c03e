import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/viewer";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { Card } from "@/components/ui/card";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  if (await getViewer()) redirect(safeRedirectPath(callbackUrl));
  const t = await getTranslations("auth");
  return (
    <>
      <Card className="flex flex-col gap-5">
        <div>
          <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
          <p className="text-muted text-sm">{t("signInSubtitle")}</p>
        </div>
        <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} />
      </Card>
      <p className="text-center text-sm">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-primary font-semibold hover:underline">
          {t("joinNow")}
        </Link>
      </p>
    </>
  );
}
