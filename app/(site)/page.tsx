import { Building2, Search, UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/viewer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const AUDIENCES = [
  { key: "professionals", icon: UserRound },
  { key: "companies", icon: Building2 },
  { key: "recruiters", icon: Search },
] as const;

export default async function LandingPage({
  searchParams,
}: {
  searchParams: Promise<{ signedOut?: string }>;
}) {
  if (await getViewer()) redirect("/feed");
  const [t, tAuth, { signedOut }] = await Promise.all([
    getTranslations("landing"),
    getTranslations("auth"),
    searchParams,
  ]);
  return (
    <div className="flex flex-col gap-10 py-4 sm:py-10">
      {signedOut && <Alert tone="success">{tAuth("signedOut")}</Alert>}
      <section className="flex max-w-3xl flex-col gap-5">
        <h1 className="text-primary text-3xl leading-tight font-semibold text-balance sm:text-5xl">
          {t("headline")}
        </h1>
        <p className="text-muted text-lg">{t("intro")}</p>
        <div className="flex flex-wrap gap-3">
          <Button asChild size="lg">
            <Link href="/sign-up">{t("joinCta")}</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/sign-in">{t("signInCta")}</Link>
          </Button>
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-3">
        {AUDIENCES.map(({ key, icon: Icon }) => (
          <Card key={key} className="flex flex-col gap-2">
            <Icon aria-hidden className="text-primary size-7" />
            <h2 className="text-lg font-semibold">{t(`${key}Title`)}</h2>
            <p className="text-muted text-sm">{t(`${key}Body`)}</p>
          </Card>
        ))}
      </div>
      <p className="text-muted text-sm">{t("openSource")}</p>
    </div>
  );
}
