import { FileText, Mail, MapPin, Phone } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { requireViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { reviewApplication } from "@/lib/jobs/review-application";
import { listProjects } from "@/lib/recruiter/list-projects";
import { STAGES } from "@/lib/jobs/schemas";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NoteForm, StagePicker, StarRating } from "@/components/jobs/review-controls";
import { AddToProject } from "@/components/recruiter/add-to-project";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardTitle } from "@/components/ui/card";
import { apiPath } from "@/lib/api/client";

type Props = { params: Promise<{ id: string; applicationId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("company.hiringTeam"), robots: { index: false } };
}

/** One application as the hiring team reviews it: who, their answers and résumé, the stage, notes and ratings. */
export default async function ApplicationPage({ params }: Props) {
  const { id, applicationId } = await params;
  const viewer = await requireViewer(`/jobs/${id}/applicants/${applicationId}`);
  const application = await reviewApplication(viewer, { applicationId }).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (application.job.id !== id) notFound();
  const [t, ago, projects] = await Promise.all([getTranslations("jobs"), getTimeAgo(), listProjects(viewer)]);
  const { applicant } = application;
  const stages = STAGES.map((stage) => ({
    stage,
    label: application.stageNames[stage] ?? t(`stages.${stage}`),
  }));
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <Link href={`/jobs/${id}/applicants`} className="text-primary text-sm font-semibold hover:underline">
          {t("review.backToBoard")}
        </Link>
        <Card>
          <div className="flex items-start gap-4">
            <Avatar name={applicant.name} src={applicant.avatar?.lg} className="size-16" />
            <div className="min-w-0">
              <h1 className="text-xl font-semibold wrap-anywhere">
                {t("review.title", { name: applicant.name })}
              </h1>
              {applicant.handle && (
                <Link href={`/in/${applicant.handle}`} className="text-primary text-sm hover:underline">
                  {applicant.headline || applicant.name}
                </Link>
              )}
              {applicant.current && (
                <p className="text-muted text-sm">
                  {[applicant.current.title, applicant.current.company].join(" · ")}
                </p>
              )}
              <p className="text-muted text-xs">
                {application.job.title} · {ago(new Date(application.createdAt))}
              </p>
            </div>
          </div>
        </Card>
        <Card>
          <CardTitle className="text-base">{t("review.contact")}</CardTitle>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            <li className="flex items-center gap-2">
              <Mail aria-hidden className="text-muted size-4" />
              <a href={`mailto:${application.email}`} className="text-primary hover:underline">
                {application.email}
              </a>
            </li>
            {application.phone && (
              <li className="flex items-center gap-2">
                <Phone aria-hidden className="text-muted size-4" />
                {application.phone}
              </li>
            )}
            {applicant.city && (
              <li className="flex items-center gap-2">
                <MapPin aria-hidden className="text-muted size-4" />
                {applicant.city}
              </li>
            )}
          </ul>
          <p className="mt-3 text-sm">
            {application.hasResume ? (
              <a
                href={apiPath("applications/{applicationId}/resume", {
                  path: { applicationId: application.id },
                })}
                target="_blank"
                rel="noopener"
                className="text-primary inline-flex items-center gap-2 font-semibold hover:underline"
              >
                <FileText aria-hidden className="size-4" />
                {t("review.resume")}
                {application.resumeName && (
                  <span className="text-muted font-normal">({application.resumeName})</span>
                )}
              </a>
            ) : (
              <span className="text-muted">{t("review.noResume")}</span>
            )}
          </p>
        </Card>
        <Card>
          <CardTitle className="text-base">{t("review.answers")}</CardTitle>
          {application.answers.length ? (
            <dl className="mt-2 flex flex-col gap-3 text-sm">
              {application.answers.map((answer) => (
                <div key={answer.questionId}>
                  <dt className="text-muted">{answer.prompt}</dt>
                  <dd className="font-semibold wrap-anywhere">
                    {answer.answer === "yes"
                      ? t("apply.yes")
                      : answer.answer === "no"
                        ? t("apply.no")
                        : answer.answer}
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="text-muted mt-2 text-sm">{t("review.noAnswers")}</p>
          )}
        </Card>
      </div>
      <aside className="flex flex-col gap-4">
        <ClientMessages namespaces={["jobs", "recruiter"]}>
          <Card className="flex flex-col gap-4">
            <StagePicker applicationId={application.id} stage={application.stage} stages={stages} />
            {application.decisionNote && (
              <p className="text-muted text-sm">
                <span className="font-semibold">{t("review.decision")}: </span>
                {application.decisionNote}
              </p>
            )}
            <StarRating applicationId={application.id} mine={application.rating.mine} />
            {applicant.handle && (
              <AddToProject
                handle={applicant.handle}
                applicationId={application.id}
                projects={projects
                  .filter((project) => project.company.slug === application.job.companySlug)
                  .map(({ id, name }) => ({ id, name }))}
              />
            )}
            {application.rating.average !== null && (
              <p className="text-muted text-sm" data-testid="rating-summary">
                {t("review.ratingSummary", {
                  average: application.rating.average,
                  count: application.rating.count,
                })}
              </p>
            )}
          </Card>
          <Card>
            <CardTitle className="text-base">{t("review.notes")}</CardTitle>
            <p className="text-muted text-xs">{t("review.notesHint")}</p>
            <ul className="mt-3 flex flex-col gap-3" data-testid="application-notes">
              {application.notes.length === 0 && (
                <li className="text-muted text-sm">{t("review.noNotes")}</li>
              )}
              {application.notes.map((note) => (
                <li key={note.id} className="text-sm">
                  <p className="font-semibold">
                    {note.author?.name}{" "}
                    <span className="text-muted text-xs font-normal">{ago(new Date(note.createdAt))}</span>
                  </p>
                  <p className="wrap-anywhere whitespace-pre-line">{note.text}</p>
                </li>
              ))}
            </ul>
            <div className="mt-3">
              <NoteForm applicationId={application.id} />
            </div>
          </Card>
        </ClientMessages>
      </aside>
    </div>
  );
}
