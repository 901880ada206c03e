import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { companyName } from "@/lib/companies/names";
import { AppError } from "@/lib/errors";
import { getProject } from "@/lib/recruiter/get-project";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CandidateControls } from "@/components/recruiter/candidate-controls";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("recruiter"))("projects.title"), robots: { index: false } };
}

/** A talent project: its candidates, their stages and the hiring team's notes. */
export default async function ProjectPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/recruiter/projects/${id}`);
  const project = await getProject(viewer, { projectId: id }).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("recruiter"), getLocale()]);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <Link href="/recruiter" className="text-primary text-sm font-semibold hover:underline">
        {t("project.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold wrap-anywhere">{project.name}</h1>
        <p className="text-muted text-sm">
          {companyName(project.company, locale)} ·{" "}
          {t("projects.candidates", { count: project.candidates.length })}
        </p>
        <p className="text-muted mt-1 text-xs">{t("project.notesHint")}</p>
      </div>
      <Card className="p-0 sm:p-0">
        {project.candidates.length === 0 ? (
          <p className="text-muted px-5 py-4 text-sm">{t("project.empty")}</p>
        ) : (
          <ClientMessages namespaces={["recruiter"]}>
            <ul className="divide-border divide-y" data-testid="project-candidates">
              {project.candidates.map((candidate) => (
                <li key={candidate.person.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row">
                  <div className="flex min-w-0 flex-1 items-start gap-3">
                    <Avatar
                      name={candidate.person.name}
                      src={candidate.person.avatar?.md}
                      className="size-12"
                    />
                    <div className="min-w-0">
                      <Link href={`/in/${candidate.person.handle}`} className="font-semibold hover:underline">
                        {candidate.person.name}
                      </Link>
                      {candidate.openToWork && (
                        <span className="bg-success-surface text-success ml-2 rounded-full px-2 py-0.5 text-xs font-semibold">
                          {candidate.openToWork.isPrivate ? t("openToWorkPrivate") : t("openToWork")}
                        </span>
                      )}
                      <p className="text-sm wrap-anywhere">{candidate.person.headline}</p>
                      <p className="text-muted text-xs">
                        {[
                          candidate.person.city,
                          candidate.addedBy && t("project.addedBy", { name: candidate.addedBy }),
                          candidate.applicationId && t("project.fromApplication"),
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </div>
                  </div>
                  <div className="sm:w-64">
                    <CandidateControls
                      projectId={project.id}
                      handle={candidate.person.handle!}
                      name={candidate.person.name}
                      stage={candidate.stage}
                      note={candidate.note}
                    />
                  </div>
                </li>
              ))}
            </ul>
          </ClientMessages>
        )}
      </Card>
    </div>
  );
}
