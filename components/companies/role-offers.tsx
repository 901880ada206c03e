import { Building2 } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { Link } from "@/components/ui/link";
import type { listMyRoleOffers } from "@/lib/companies/admin-invitations";
import { companyName } from "@/lib/companies/names";
import { ApiButton } from "@/components/network/api-button";
import { CompanyLogo } from "./company-logo";

const DECLINE = "me/company-invitations/{invitationId}";
const ACCEPT = "me/company-invitations/{invitationId}/accept";

type RoleOffer = Awaited<ReturnType<typeof listMyRoleOffers>>[number];

/** Page roles offered to the member: accept or decline each (nobody becomes a page admin unasked). */
export async function RoleOffers({ offers }: { offers: RoleOffer[] }) {
  const [t, tCompanies, ago, locale] = await Promise.all([
    getTranslations("network"),
    getTranslations("companies"),
    getTimeAgo(),
    getLocale(),
  ]);
  return (
    <section id="page-roles" aria-labelledby="page-roles-title" className="flex flex-col gap-2">
      <h2 id="page-roles-title" className="flex items-center gap-2 text-base font-semibold">
        <Building2 aria-hidden className="size-4" />
        {t("roleOffersTitle")}
      </h2>
      <ul className="divide-border divide-y" data-testid="role-offers">
        {offers.map((offer) => {
          const company = companyName(offer.company, locale);
          return (
            <li key={offer.id} className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center">
              <div className="flex min-w-0 flex-1 items-start gap-3">
                <CompanyLogo name={company} src={offer.company.logo?.sm} className="size-12" />
                <div className="min-w-0">
                  <Link
                    href={`/company/${offer.company.slug}`}
                    className="font-semibold wrap-anywhere hover:underline"
                  >
                    {company}
                  </Link>
                  <p className="text-sm wrap-anywhere">
                    {t("roleOffer", { name: offer.invitedBy.name, role: tCompanies(`roles.${offer.role}`) })}
                  </p>
                  <p className="text-muted mt-1 text-xs">
                    {t("receivedOn", { time: ago(new Date(offer.createdAt)) })}
                  </p>
                </div>
              </div>
              <div className="flex shrink-0 flex-wrap gap-2 sm:justify-end">
                <ApiButton
                  call={{ method: "delete", route: DECLINE, path: { invitationId: offer.id } }}
                  variant="ghost"
                >
                  {t("declineRole")}
                </ApiButton>
                <ApiButton
                  call={{ method: "post", route: ACCEPT, path: { invitationId: offer.id } }}
                  variant="outline"
                >
                  {t("acceptRole")}
                </ApiButton>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
