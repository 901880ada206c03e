import { Download } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { getPipeline } from "@/lib/jobs/pipeline";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PipelineBoard } from "@/components/jobs/pipeline-board";
import { Button } from "@/components/ui/button";
import { apiPath } from "@/lib/api/client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("board.export"), robots: { index: false } };
}

/** /jobs/<id>/applicants: the hiring team's pipeline board for one job. */
export default async function ApplicantsPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/jobs/${id}/applicants`);
  const board = await getPipeline(viewer, { jobId: id }).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const t = await getTranslations("jobs");
  const version = board.columns
    .map((c) => `${c.stage}:${c.cards.map((card) => card.id).join(",")}`)
    .join("|");
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <Link href={`/jobs/${id}`} className="text-primary text-sm font-semibold hover:underline">
            {t("board.backToJob")}
          </Link>
          <h1 className="text-2xl font-semibold wrap-anywhere">
            {t("board.title", { job: board.job.title })}
          </h1>
        </div>
        <Button asChild variant="outline" size="sm">
          <a href={apiPath("jobs/{jobId}/export", { path: { jobId: id } })} download>
            <Download aria-hidden className="size-4" />
            {t("board.export")}
          </a>
        </Button>
      </div>
      <ClientMessages namespaces={["jobs"]}>
        <PipelineBoard key={version} board={board} />
      </ClientMessages>
    </div>
  );
}
