"use client";
import { FileUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ImportState } from "@/lib/profiles/portability/import-profile";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useUploadLimit } from "@/components/ui/use-upload-limit";

const SECTIONS = ["positions", "education", "certifications", "languages", "skills"] as const;
/** Shown only when the file has some */
const MORE_SECTIONS = ["projects", "volunteering", "honors", "publications"] as const;

/** Import in two steps: choose files and see what would be added, then confirm. */
type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;

export function ImportForm({
  preview: readFiles,
  confirm: merge,
}: {
  preview: ImportAction;
  confirm: ImportAction;
}) {
  const t = useTranslations("profileEdit");
  const [previewState, preview, isReading] = useActionState(readFiles, {
    status: "idle",
  } as ImportState);
  const [confirmState, confirm, isImporting] = useActionState(merge, {
    status: "idle",
  } as ImportState);
  const summary = previewState.preview;
  const fileLimit = useUploadLimit("profileImport", { together: true });
  // done with this preview (choosing another file starts over)
  const isDone = confirmState.isDone === true && confirmState.payload === previewState.payload;
  return (
    <div className="flex flex-col gap-4">
      <form action={preview} className="flex flex-col gap-3" noValidate>
        <FormMessage state={previewState} />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="import-file">{t("importFile")}</Label>
          <Input
            id="import-file"
            name="file"
            type="file"
            multiple
            accept=".json,.zip,.csv,application/json,application/zip,text/csv"
            aria-describedby="import-file-hint"
            onChange={fileLimit.onChange}
          />
          <p id="import-file-hint" className="text-muted text-xs">
            {t("importHint")}
          </p>
          {(fileLimit.error ?? previewState.fields?.file) && (
            <p className="text-danger text-sm" role="alert">
              {fileLimit.error ?? previewState.fields?.file}
            </p>
          )}
        </div>
        <Button type="submit" variant="outline" size="sm" className="self-start" disabled={isReading}>
          <FileUp aria-hidden className="size-4" />
          {t("importPreview")}
        </Button>
      </form>
      {summary && !isDone && (
        <form
          action={confirm}
          className="bg-surface-muted flex flex-col gap-3 rounded-md p-4"
          data-testid="import-preview"
        >
          <FormMessage state={confirmState} />
          <p className="text-sm font-semibold">{t("importWillAdd")}</p>
          <ul className="text-sm">
            {summary.fields.length > 0 && <li>{t("importFields", { count: summary.fields.length })}</li>}
            {[...SECTIONS, ...MORE_SECTIONS.filter((s) => summary.added[s] + summary.skipped[s] > 0)].map(
              (section) => (
                <li key={section}>
                  {t(`importCount.${section}`, { count: summary.added[section] })}
                  {summary.skipped[section] > 0 && (
                    <span className="text-muted">
                      {" "}
                      · {t("importSkipped", { count: summary.skipped[section] })}
                    </span>
                  )}
                </li>
              ),
            )}
          </ul>
          {[
            {
              id: "import-kept",
              title: t("importKeptTitle"),
              items: summary.leftOut.filter((i) => i.part !== "file"),
            },
            {
              id: "import-left-out",
              title: t("importLeftOutTitle"),
              items: summary.leftOut.filter((i) => i.part === "file"),
            },
          ].map(
            ({ id, title, items }) =>
              items.length > 0 && (
                <div key={id} className="flex flex-col gap-1" data-testid={id}>
                  <p className="text-sm font-semibold">{title}</p>
                  <ul className="text-muted list-disc ps-5 text-sm">
                    {items.map((item) => (
                      <li key={`${item.part}:${item.name ?? ""}`}>
                        {t(`importLeftOut.${item.part}`, { count: item.count, name: item.name ?? "" })}
                      </li>
                    ))}
                  </ul>
                </div>
              ),
          )}
          <input type="hidden" name="payload" value={previewState.payload} />
          <Button type="submit" size="sm" className="self-start" disabled={isImporting}>
            {t("importConfirm")}
          </Button>
        </form>
      )}
      {isDone && <FormMessage state={confirmState} />}
    </div>
  );
}
