import { Newspaper } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/core/viewer";
import { listCompanyPosts } from "@/lib/feed/company-posts";
import { companyBySlug } from "@/lib/companies/find-company";
import { companyName } from "@/lib/companies/names";
import { hasCompanyRight } from "@/lib/companies/policy";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import { CompanyPostComposer } from "@/components/companies/company-post-composer";
import { PostStream } from "@/components/feed/post-stream";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("companies.tabs");
  return companyMetadata(await findCompanyOr404((await params).slug), t("posts"));
}

/** What the company published, newest first; its admins write here as the company. */
export default async function CompanyPostsPage({ params }: Props) {
  const company = await findCompanyOr404((await params).slug);
  const viewer = await getViewer();
  const ref = { slug: company.slug };
  const [page, { role }, t, locale] = await Promise.all([
    listCompanyPosts(viewer, ref, { limit: 10 }),
    companyBySlug(viewer, ref),
    getTranslations("companies"),
    getLocale(),
  ]);
  const name = companyName(company, locale);
  return (
    <CompanyFrame company={company} tab="posts" namespaces={["feed", "network"]}>
      <div className="mx-auto flex w-full max-w-2xl flex-col gap-3">
        {hasCompanyRight(role, "postAs") && (
          <CompanyPostComposer slug={company.slug} name={name} logo={company.logo?.sm ?? null} />
        )}
        {page.items.length ? (
          <PostStream
            firstPage={page}
            source={{ method: "get", route: "companies/{slug}/posts", path: { slug: company.slug } }}
            isReadOnly={!viewer}
          />
        ) : (
          <Card>
            <EmptyState icon={Newspaper} title={t("noPostsTitle")} body={t("noPosts", { name })} />
          </Card>
        )}
      </div>
    </CompanyFrame>
  );
}
