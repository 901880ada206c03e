"use client";
import { FolderPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api/client";
import { Button } from "@/components/ui/button";

type Project = { id: string; name: string };

/** Puts a member into one of the viewer's talent projects (from search, a profile or an application). */
export function AddToProject({
  handle,
  projects,
  applicationId,
}: {
  handle: string;
  projects: Project[];
  applicationId?: string;
}) {
  const t = useTranslations("recruiter");
  const [projectId, setProjectId] = useState(projects[0]?.id ?? "");
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (!projects.length) return null;
  async function add() {
    setIsBusy(true);
    setMessage(null);
    try {
      await api("post", "recruiter/projects/{projectId}/candidates", {
        path: { projectId },
        body: { handle, applicationId },
      });
      const project = projects.find((p) => p.id === projectId)!;
      setMessage({ tone: "success", text: t("added", { project: project.name }) });
    } catch (failure) {
      setMessage({ tone: "danger", text: (failure as Error).message });
    } finally {
      setIsBusy(false);
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={t("chooseProject")}
        value={projectId}
        onChange={(event) => setProjectId(event.currentTarget.value)}
        className="border-border bg-surface h-8 max-w-48 rounded-md border px-2 text-sm"
      >
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <Button size="sm" variant="outline" disabled={isBusy} onClick={() => void add()}>
        <FolderPlus aria-hidden className="size-4" />
        {t("addToProject")}
      </Button>
      {message && (
        <span
          role={message.tone === "danger" ? "alert" : "status"}
          className={`text-${message.tone} text-xs`}
        >
          {message.text}
        </span>
      )}
    </div>
  );
}
