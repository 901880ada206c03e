"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { api } from "@/lib/api/client";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PROJECT_NAME_MAX, SAVED_SEARCH_NAME_MAX } from "@/lib/recruiter/limits";

/** Sends a small form as one REST call, then shows the page's data again; says what went wrong beside it. */
function useSubmit(send: () => Promise<unknown>, onDone: () => void) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      await send();
      onDone();
      router.refresh();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setIsBusy(false);
    }
  };
  return { submit, error, isBusy };
}

export function SaveSearchForm({ query, filters }: { query: string; filters: Record<string, string[]> }) {
  const t = useTranslations("recruiter.saved");
  const [name, setName] = useState("");
  const [isDone, setIsDone] = useState(false);
  const { submit, error, isBusy } = useSubmit(
    () => api("post", "recruiter/searches", { body: { name, query, filters } }),
    () => {
      setName("");
      setIsDone(true);
    },
  );
  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <label htmlFor="saved-search-name" className="text-sm font-medium">
        {t("name")}
      </label>
      <Input
        id="saved-search-name"
        value={name}
        maxLength={SAVED_SEARCH_NAME_MAX}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      {error && (
        <p role="alert" className="text-danger text-xs">
          {error}
        </p>
      )}
      {isDone && (
        <p role="status" className="text-success text-xs">
          {t("done")}
        </p>
      )}
      <Button
        type="submit"
        size="sm"
        variant="outline"
        className="self-start"
        disabled={isBusy || !name.trim()}
      >
        {t("save")}
      </Button>
    </form>
  );
}

export function NewProjectForm({ companies }: { companies: { slug: string; name: string }[] }) {
  const t = useTranslations("recruiter.projects");
  const [name, setName] = useState("");
  const [slug, setSlug] = useState(companies[0]?.slug ?? "");
  const { submit, error, isBusy } = useSubmit(
    () => api("post", "companies/{slug}/projects", { path: { slug }, body: { name } }),
    () => setName(""),
  );
  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <label htmlFor="project-name" className="text-sm font-medium">
        {t("name")}
      </label>
      <Input
        id="project-name"
        value={name}
        maxLength={PROJECT_NAME_MAX}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      {companies.length > 1 && (
        <>
          <label htmlFor="project-company" className="text-sm font-medium">
            {t("company")}
          </label>
          <select
            id="project-company"
            value={slug}
            onChange={(e) => setSlug(e.currentTarget.value)}
            className="border-border bg-surface h-10 rounded-md border px-2"
          >
            {companies.map((company) => (
              <option key={company.slug} value={company.slug}>
                {company.name}
              </option>
            ))}
          </select>
        </>
      )}
      {error && (
        <p role="alert" className="text-danger text-xs">
          {error}
        </p>
      )}
      <Button type="submit" size="sm" className="self-start" disabled={isBusy || !name.trim()}>
        {t("create")}
      </Button>
    </form>
  );
}
