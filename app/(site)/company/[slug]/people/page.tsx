import { BadgeCheck, UsersRound } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { companyName } from "@/lib/companies/names";
import { listRelations } from "@/lib/companies/relations";
import { RELATION_KINDS } from "@/lib/companies/schemas";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import { PersonRow } from "@/components/network/person-row";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("companies.tabs");
  return companyMetadata(await findCompanyOr404((await params).slug), t("people"));
}

/**
 * The company's people, by tie — employees first (verified ones first, with their titles), then partners,
 * customers, suppliers and peers — as the viewer may see each member.
 */
export default async function CompanyPeoplePage({ params }: Props) {
  const company = await findCompanyOr404((await params).slug);
  const viewer = await getViewer();
  const [ties, t, locale] = await Promise.all([
    listRelations(viewer, { slug: company.slug }, {}),
    getTranslations("companies"),
    getLocale(),
  ]);
  const groups = RELATION_KINDS.map((kind) => ({
    kind,
    ties: ties.filter((tie) => tie.kind === kind),
  })).filter((group) => group.ties.length);
  return (
    <CompanyFrame company={company} tab="people">
      {groups.length === 0 && (
        <Card>
          <EmptyState
            icon={UsersRound}
            title={t("noPeopleTitle")}
            body={t("noPeople", { name: companyName(company, locale) })}
          />
        </Card>
      )}
      {groups.map((group) => (
        <Card
          key={group.kind}
          id={group.kind}
          aria-labelledby={`${group.kind}-title`}
          data-testid={`people-${group.kind}`}
        >
          <CardTitle id={`${group.kind}-title`}>
            {t(`people.${group.kind}`)} <span className="text-muted font-normal">· {group.ties.length}</span>
          </CardTitle>
          <ul className="divide-border divide-y">
            {group.ties.map((tie) => (
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
        </Card>
      ))}
    </CompanyFrame>
  );
}
