import { ArrowLeft, BadgeCheck, UsersRound } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { listRelations } from "@/lib/companies/relations";
import { RELATION_KINDS, type RelationKindName } from "@/lib/companies/limits";
import { AppError } from "@/lib/errors";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import { PersonRow } from "@/components/network/person-row";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ kind?: string; cursor?: string }>;
};

/** People shown of each tie on the tab, and on a page of one tie (?kind=employee). */
const PREVIEW_SIZE = 12;
const PAGE_SIZE = 30;

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("companies.tabs");
  return companyMetadata(await findCompanyOr404((await params).slug), t("people"));
}

/**
 * The company's people, by tie — employees first (verified ones first, with their titles), then partners,
 * customers, suppliers and peers — as the viewer may see each member: a few of each, then all of one tie a
 * page at a time.
 */
export default async function CompanyPeoplePage({ params, searchParams }: Props) {
  const company = await findCompanyOr404((await params).slug);
  const query = await searchParams;
  const kind = RELATION_KINDS.find((k) => k === query.kind);
  const kinds = kind ? [kind] : RELATION_KINDS.filter((k) => company.tieCounts[k]);
  const viewer = await getViewer();
  const ref = { slug: company.slug };
  const [pages, t, locale] = await Promise.all([
    Promise.all(
      kinds.map((k) =>
        listRelations(
          viewer,
          ref,
          kind ? { kind, cursor: query.cursor, limit: PAGE_SIZE } : { kind: k, limit: PREVIEW_SIZE },
        ),
      ),
    ).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "validation") notFound(); // a made-up cursor
      throw error;
    }),
    getTranslations("companies"),
    getLocale(),
  ]);
  const base = `/company/${company.slug}/people`;
  const groups = kinds
    .map((k, i) => ({ kind: k, page: pages[i]! }))
    .filter((group) => group.page.items.length || group.page.nextCursor);
  const countOf = (k: RelationKindName) => company.tieCounts[k] ?? 0;
  return (
    <CompanyFrame company={company} tab="people">
      {kind && (
        <Link
          href={base}
          className="text-primary inline-flex items-center gap-1 text-sm font-semibold hover:underline"
        >
          <ArrowLeft aria-hidden className="size-4" />
          {t("people.all")}
        </Link>
      )}
      {groups.length === 0 && (
        <Card>
          <EmptyState
            icon={UsersRound}
            title={t("noPeopleTitle")}
            body={t("noPeople", { name: companyName(company, locale) })}
          />
        </Card>
      )}
      {groups.map(({ kind: k, page }) => (
        <Card key={k} id={k} aria-labelledby={`${k}-title`} data-testid={`people-${k}`}>
          <CardTitle id={`${k}-title`}>
            {t(`people.${k}`)} <span className="text-muted font-normal">· {countOf(k)}</span>
          </CardTitle>
          <ul className="divide-border divide-y">
            {page.items.map((tie) => (
              <PersonRow
                key={tie.id}
                person={tie.person}
                meta={
                  (tie.title || tie.isVerifiedEmployee) && (
                    <span className="flex flex-wrap items-center gap-2">
                      {tie.title && <span>{tie.title}</span>}
                      {tie.isVerifiedEmployee && (
                        <span className="text-primary inline-flex items-center gap-1 font-semibold">
                          <BadgeCheck aria-hidden className="size-3.5" />
                          {t("verifiedEmployee")}
                        </span>
                      )}
                    </span>
                  )
                }
              />
            ))}
          </ul>
          {page.nextCursor && (
            <Link
              href={kind ? `${base}?kind=${k}&cursor=${page.nextCursor}` : `${base}?kind=${k}`}
              className="text-primary border-border mt-2 block border-t pt-3 text-center text-sm font-semibold hover:underline"
              data-testid={`people-${k}-more`}
            >
              {kind
                ? t("people.nextPage")
                : t("people.seeAll", { label: t(`people.count.${k}`, { count: countOf(k) }) })}
            </Link>
          )}
        </Card>
      ))}
    </CompanyFrame>
  );
}
