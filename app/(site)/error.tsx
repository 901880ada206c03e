"use client";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <Card className="mx-auto max-w-xl">
      <EmptyState
        icon={TriangleAlert}
        title={t("title")}
        body={t("body")}
        action={<Button onClick={reset}>{t("retry")}</Button>}
      />
    </Card>
  );
}
