import { MessageSquareText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { SectionPlaceholder } from "@/components/member/placeholder-page";

export async function generateMetadata() {
  return { title: (await getTranslations("messages"))("title") };
}

export default async function MessagesPage() {
  await requireViewer("/messages");
  const t = await getTranslations("messages");
  return (
    <SectionPlaceholder
      title={t("title")}
      icon={MessageSquareText}
      emptyTitle={t("emptyTitle")}
      emptyBody={t("emptyBody")}
    />
  );
}
