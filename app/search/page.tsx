import { Search } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { searchPeople } from "@/lib/search/search-people";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  return { title: (await getTranslations("search"))("title") };
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { q: raw } = await searchParams;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const [viewer, t, format] = await Promise.all([getViewer(), getTranslations("search"), getFormatter()]);
  const results = await searchPeople(viewer, { q });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{q ? t("resultsFor", { query: q }) : t("title")}</h1>
      {results.isDegraded && <Alert tone="warning">{t("degraded")}</Alert>}
      <Card className="p-0 sm:p-0">
        {results.hits.length ? (
          <ul className="divide-border divide-y" data-testid="people-results">
            {results.hits.map((person) => (
              <li key={person.id} className="flex items-center gap-3 px-5 py-3">
                <Avatar name={person.name} />
                <div className="min-w-0">
                  <p className="font-semibold break-words">{person.name}</p>
                  <p className="text-muted text-sm">
                    {t("joined", { date: format.dateTime(person.joinedAt, { dateStyle: "medium" }) })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState icon={Search} title={q ? t("noResults", { query: q }) : t("noQuery")} />
        )}
      </Card>
    </div>
  );
}
