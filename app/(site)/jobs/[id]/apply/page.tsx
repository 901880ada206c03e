import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { AppError } from "@/lib/errors";
import { getJob } from "@/lib/jobs/get-job";
import { ApplyForm } from "@/components/jobs/apply-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { applyAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("jobs");
  return {
    title: t("apply.title", { job: t("title") }),
    robots: { index: false },
    alternates: { canonical: `/jobs/${(await params).id}` },
  };
}

/** /jobs/<id>/apply: one-click apply with the profile, plus contact details, a résumé and the answers. */
export default async function ApplyPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/jobs/${id}/apply`);
  const job = await getJob(viewer, { jobId: id }).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (!job.viewer.canApply) redirect(`/jobs/${id}`);
  const [t, locale] = await Promise.all([getTranslations("jobs"), getLocale()]);
  const company = companyName(job.company, locale);
  return (
    <Card className="mx-auto w-full max-w-2xl">
      <h1 className="text-xl font-semibold wrap-anywhere">{t("apply.title", { job: job.title })}</h1>
      <p className="text-muted mt-1 text-sm">{company}</p>
      <p className="text-muted mt-3 text-sm">{t("apply.intro")}</p>
      <ClientMessages namespaces={["jobs"]}>
        <ApplyForm
          action={applyAction.bind(null, job.id)}
          email={viewer.email}
          company={company}
          questions={job.questions}
        />
      </ClientMessages>
    </Card>
  );
}
