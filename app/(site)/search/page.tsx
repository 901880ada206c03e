import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getViewer } from "@/lib/auth/viewer";
import { searchPeople } from "@/lib/search/search-people";
import { DegreeBadge } from "@/components/network/degree-badge";
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
  const [viewer, t] = await Promise.all([getViewer(), getTranslations("search")]);
  const results = await searchPeople(viewer, { q });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{q ? t("resultsFor", { query: q }) : t("title")}</h1>
      {results.isDegraded && <Alert tone="warning">{t("degraded")}</Alert>}
      <Card className="p-0 sm:p-0">
        {results.hits.length ? (
          <ul className="divide-border divide-y" data-testid="people-results">
            {results.hits.map((person) => (
              <li key={person.id}>
                <Link
                  href={`/in/${person.handle}`}
                  className="hover:bg-surface-muted flex items-center gap-3 px-5 py-3"
                >
                  <Avatar name={person.name} src={person.avatarUrl} className="size-12" />
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 font-semibold break-words">
                      {person.name}
                      {person.degree && <DegreeBadge degree={person.degree} />}
                    </p>
                    {person.headline && <p className="text-muted text-sm break-words">{person.headline}</p>}
                  </div>
                </Link>
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
