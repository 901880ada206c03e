import { BadgeCheck, CircleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { confirmCompanyEmail } from "@/lib/companies/verification";
import { AppError } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = { searchParams: Promise<{ token?: string; kind?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("companies.verify"))("title") };
}

/** Where the mailed link lands: confirms a page's domain or an employee's work address. */
export default async function VerifyCompanyEmailPage({ searchParams }: Props) {
  const { token, kind } = await searchParams;
  const t = await getTranslations("companies.verify");
  const isWork = kind === "work";
  let slug: string | null = null;
  try {
    ({ slug } = await confirmCompanyEmail({ token }, isWork ? "work" : "domain"));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  return (
    <Card className="mx-auto flex w-full max-w-lg flex-col items-center gap-4 text-center">
      {slug ? (
        <BadgeCheck aria-hidden className="text-primary size-12" />
      ) : (
        <CircleAlert aria-hidden className="text-danger size-12" />
      )}
      <h1 className="text-xl font-semibold">{slug ? t(isWork ? "workDone" : "domainDone") : t("failed")}</h1>
      <p className="text-muted text-sm">
        {slug ? t(isWork ? "workDoneBody" : "domainDoneBody") : t("failedBody")}
      </p>
      {slug && (
        <Button asChild>
          <Link href={`/company/${slug}`}>{t("toPage")}</Link>
        </Button>
      )}
    </Card>
  );
}
