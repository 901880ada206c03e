import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { SectionPlaceholder } from "@/components/member/placeholder-page";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  await requireViewer("/notifications");
  const t = await getTranslations("notifications");
  return (
    <SectionPlaceholder
      title={t("title")}
      icon={Bell}
      emptyTitle={t("emptyTitle")}
      emptyBody={t("emptyBody")}
    />
  );
}
