import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { verifyEmail } from "@/lib/auth/verify-email";
import { AppError } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("verifyTitle") };
}

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  const isVerified = await verifyEmail({ token }).then(
    () => true,
    (error) => {
      if (error instanceof AppError) return false;
      throw error;
    },
  );
  return (
    <Card className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold">{t("verifyTitle")}</h1>
      <Alert tone={isVerified ? "success" : "danger"}>
        {isVerified ? t("verifyDone") : t("verifyFailed")}
      </Alert>
      <Button asChild>
        <Link href="/welcome">{t("verifyContinue")}</Link>
      </Button>
    </Card>
  );
}
