import { SearchX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** What a missing page shows, inside whichever document renders it. */
export async function NotFoundCard() {
  const t = await getTranslations("notFound");
  return (
    <Card className="mx-auto max-w-xl">
      <EmptyState
        icon={SearchX}
        title={t("title")}
        body={t("body")}
        action={
          <Button asChild>
            <Link href="/">{t("home")}</Link>
          </Button>
        }
      />
    </Card>
  );
}
