import { BriefcaseBusiness } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { SectionPlaceholder } from "@/components/member/placeholder-page";

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("title") };
}

export default async function JobsPage() {
  await requireViewer("/jobs");
  const t = await getTranslations("jobs");
  return (
    <SectionPlaceholder
      title={t("title")}
      icon={BriefcaseBusiness}
      emptyTitle={t("emptyTitle")}
      emptyBody={t("emptyBody")}
    />
  );
}
