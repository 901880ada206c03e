import { Search, Users } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { pickSearchParams, resetOnBadQuery } from "@/lib/api/page-query";
import { requireViewer } from "@/lib/core/viewer";
import { listConnections } from "@/lib/network/connections";
import { networkSummary } from "@/lib/network/network-summary";
import { CONNECTION_SORTS } from "@/lib/network/schemas";
import { ApiButton } from "@/components/network/api-button";
import { NetworkNav } from "@/components/network/network-nav";
import { PageLinks } from "@/components/network/page-links";
import { PersonRow } from "@/components/network/person-row";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { ConnectionListSchema } from "@/lib/network/schemas";
import { maxLengthsOf } from "@/lib/forms/fields";

export async function generateMetadata() {
  return { title: (await getTranslations("network"))("connectionsTitle") };
}

/** The viewer's connections: searched by name or headline, newest first or by name, a page at a time. */
export default async function ConnectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("/network/connections");
  const params = pickSearchParams(await searchParams, ["q", "sort", "cursor"]);
  const sort = params.sort === "name" ? "name" : "recent";
  const [summary, connections, t, format] = await Promise.all([
    networkSummary(viewer),
    listConnections(viewer, { q: params.q, sort, cursor: params.cursor, limit: 20 }).catch(
      resetOnBadQuery("/network/connections"),
    ),
    getTranslations("network"),
    getFormatter(),
  ]);
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[16rem_1fr]">
      <NetworkNav current="connections" counts={summary} />
      <Card className="flex min-w-0 flex-col gap-3">
        <h1 className="text-xl font-semibold">{t("connectionsCount", { count: summary.connections })}</h1>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <form role="search" className="flex flex-1 gap-2" action="/network/connections">
            <Input
              name="q"
              type="search"
              defaultValue={params.q ?? ""}
              placeholder={t("searchConnections")}
              aria-label={t("searchConnections")}
              maxLength={maxLengthsOf(ConnectionListSchema).q}
            />
            {sort !== "recent" && <input type="hidden" name="sort" value={sort} />}
            <Button type="submit" variant="outline" aria-label={t("search")}>
              <Search aria-hidden className="size-4" />
            </Button>
          </form>
          <div className="flex items-center gap-2 text-sm" role="group" aria-label={t("sortLabel")}>
            <span className="text-muted">{t("sortLabel")}</span>
            {CONNECTION_SORTS.map((option) => (
              <Link
                key={option}
                href={`/network/connections?${new URLSearchParams({ ...(params.q && { q: params.q }), sort: option })}`}
                aria-current={option === sort ? "true" : undefined}
                className={cn(
                  "rounded-full border px-3 py-1",
                  option === sort ? "border-primary bg-accent text-primary font-semibold" : "border-border",
                )}
              >
                {t(`sort.${option}`)}
              </Link>
            ))}
          </div>
        </div>
        {connections.items.length === 0 ? (
          params.q ? (
            <p className="text-muted py-6 text-center text-sm">{t("noConnectionsMatch", { q: params.q })}</p>
          ) : (
            <EmptyState icon={Users} title={t("emptyTitle")} body={t("emptyBody")} />
          )
        ) : (
          <ul className="divide-border divide-y" data-testid="connections">
            {connections.items.map((person) => (
              <PersonRow
                key={person.id}
                person={person}
                meta={t("connectedOn", {
                  time: format.dateTime(person.connectedAt, { dateStyle: "medium" }),
                })}
              >
                {person.handle && (
                  <ApiButton
                    call={{
                      method: "delete",
                      route: "connections/{handle}",
                      path: { handle: person.handle },
                    }}
                    confirm={t("removeConfirm", { name: person.name })}
                    variant="ghost"
                  >
                    {t("removeConnection")}
                  </ApiButton>
                )}
              </PersonRow>
            ))}
          </ul>
        )}
        <PageLinks
          path="/network/connections"
          query={{ q: params.q, sort: sort === "recent" ? undefined : sort }}
          cursor={params.cursor}
          nextCursor={connections.nextCursor}
        />
      </Card>
    </div>
  );
}
