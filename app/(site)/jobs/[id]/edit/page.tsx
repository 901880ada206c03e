import { dayIn } from "@/lib/i18n/time-zones";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { AppError } from "@/lib/errors";
import { getJob } from "@/lib/jobs/get-job";
import { ClientMessages } from "@/components/i18n/client-messages";
import { jobFields } from "@/components/jobs/job-field-specs";
import { JobForm, type QuestionDraft } from "@/components/jobs/job-form";
import { Card } from "@/components/ui/card";
import { updateJobAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("form.editTitle"), robots: { index: false } };
}

/** /jobs/<id>/edit: the hiring team changes a job. */
export default async function EditJobPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/jobs/${id}/edit`);
  const job = await getJob(viewer, { jobId: id }).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (!job.viewer.isHiringTeam) notFound();
  const [t, tProfile, locale] = await Promise.all([
    getTranslations("jobs"),
    getTranslations("profile"),
    getLocale(),
  ]);
  const values = {
    ...job,
    salaryMin: job.salary?.min ?? null,
    salaryMax: job.salary?.max ?? null,
    salaryCurrency: job.salary?.currency ?? null,
    salaryPeriod: job.salary?.period ?? null,
    salaryMonths: job.salary?.months ?? null,
    // the day it ends where the company is, as it was picked
    expiresAt: dayIn(new Date(job.expiresAt), job.company.timeZone),
  };
  return (
    <Card className="mx-auto w-full max-w-3xl">
      <h1 className="text-xl font-semibold">{t("form.editTitle")}</h1>
      <p className="text-muted mb-4 text-sm">{companyName(job.company, locale)}</p>
      <ClientMessages namespaces={["jobs"]}>
        <JobForm
          action={updateJobAction.bind(null, job.id)}
          fields={jobFields(values, t as never, tProfile as never, locale)}
          questions={job.questions.map(
            ({ kind, prompt, isRequired }) => ({ kind, prompt, isRequired }) as QuestionDraft,
          )}
          areQuestionsLocked={(job.applicantCount ?? 0) > 0}
          isNew={false}
        />
      </ClientMessages>
    </Card>
  );
}
