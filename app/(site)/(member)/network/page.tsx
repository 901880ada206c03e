import { UsersRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { requireViewer } from "@/lib/auth/viewer";
import { SectionPlaceholder } from "@/components/member/placeholder-page";

export async function generateMetadata() {
  return { title: (await getTranslations("network"))("title") };
}

export default async function NetworkPage() {
  await requireViewer("/network");
  const t = await getTranslations("network");
  return (
    <SectionPlaceholder
      title={t("title")}
      icon={UsersRound}
      emptyTitle={t("emptyTitle")}
      emptyBody={t("emptyBody")}
      action={
        <Button asChild variant="outline">
          <Link href="/search">{t("emptyAction")}</Link>
        </Button>
      }
    />
  );
}
