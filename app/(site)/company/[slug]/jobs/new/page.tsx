import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/core/viewer";
import { companyBySlug } from "@/lib/companies/find-company";
import { companyName } from "@/lib/companies/names";
import { isHiringTeam } from "@/lib/jobs/policy";
import { ClientMessages } from "@/components/i18n/client-messages";
import { jobFields, newJobValues } from "@/components/jobs/job-field-specs";
import { JobForm } from "@/components/jobs/job-form";
import { Card } from "@/components/ui/card";
import { createJobAction } from "../actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("form.newTitle"), robots: { index: false } };
}

/** /company/<slug>/jobs/new: the hiring team posts a job. */
export default async function NewJobPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await requireViewer(`/company/${slug}/jobs/new`);
  const company = await companyBySlug(viewer, { slug }).catch(() => notFound());
  if (!isHiringTeam(company.role)) notFound();
  const [t, tProfile, locale] = await Promise.all([
    getTranslations("jobs"),
    getTranslations("profile"),
    getLocale(),
  ]);
  return (
    <Card className="mx-auto w-full max-w-3xl">
      <h1 className="text-xl font-semibold">{t("form.newTitle")}</h1>
      <p className="text-muted mb-4 text-sm">{t("hiringFor", { company: companyName(company, locale) })}</p>
      <ClientMessages namespaces={["jobs"]}>
        <JobForm
          action={createJobAction.bind(null, company.slug)}
          fields={jobFields(newJobValues(company), t as never, tProfile as never, locale)}
          questions={[]}
          areQuestionsLocked={false}
          isNew
        />
      </ClientMessages>
    </Card>
  );
}
