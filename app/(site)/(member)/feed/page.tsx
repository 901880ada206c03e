import { Newspaper } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("feed"))("title") };
}

export default async function FeedPage() {
  const viewer = await requireViewer("/feed");
  const t = await getTranslations("feed");
  return (
    <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
      <Card className="flex items-center gap-3 self-start md:flex-col md:text-center">
        <Avatar name={viewer.name} className="size-14 text-lg md:size-20 md:text-2xl" />
        <h1 className="text-lg font-semibold break-all">{t("welcome", { name: viewer.name })}</h1>
      </Card>
      <Card>
        <EmptyState
          icon={Newspaper}
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={
            <Button asChild variant="outline">
              <Link href="/search">{t("emptyAction")}</Link>
            </Button>
          }
        />
      </Card>
    </div>
  );
}
