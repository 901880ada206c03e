import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

export const COMPANY_TABS = ["home", "posts", "jobs", "products", "people"] as const;
export type CompanyTab = (typeof COMPANY_TABS)[number] | "admin" | "analytics";

export const companyTabHref = (slug: string, tab: CompanyTab) =>
  tab === "home" ? `/company/${slug}` : `/company/${slug}/${tab}`;

/** The page's public tabs; the current one is marked for screen readers too. */
export async function CompanyTabs({ slug, current }: { slug: string; current: CompanyTab }) {
  const t = await getTranslations("companies.tabs");
  return (
    <nav aria-label={t("label")} className="border-border -mx-5 -mb-5 border-t px-2 sm:-mx-6 sm:-mb-6">
      <ul className="flex overflow-x-auto">
        {COMPANY_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={companyTabHref(slug, tab)}
              aria-current={tab === current ? "page" : undefined}
              className={cn(
                "text-muted hover:text-foreground inline-block border-b-2 border-transparent px-3 py-3 text-sm font-semibold whitespace-nowrap",
                tab === current && "border-primary text-primary hover:text-primary",
              )}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
