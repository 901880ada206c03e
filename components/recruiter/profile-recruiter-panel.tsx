"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { AddToProject } from "./add-to-project";
import { api } from "@/lib/api/client";

/**
 * On someone's profile, for members who recruit: add them to a talent project. The page is the same for every
 * member (cached), so the viewer's projects are asked for in the browser; members without any see nothing.
 */
export function ProfileRecruiterPanel({ handle }: { handle: string }) {
  const t = useTranslations("recruiter");
  const [projects, setProjects] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    const request = new AbortController();
    api("get", "recruiter/projects", { signal: request.signal })
      .then((page) => setProjects(page.items.map(({ id, name }) => ({ id, name }))))
      .catch(() => {}); // the profile works without it
    return () => request.abort();
  }, []);
  if (!projects.length) return null;
  return (
    <section
      className="border-border bg-surface rounded-lg border p-5 shadow-sm"
      data-testid="recruiter-panel"
    >
      <h2 className="mb-2 font-semibold">{t("projects.title")}</h2>
      <AddToProject handle={handle} projects={projects} />
    </section>
  );
}
