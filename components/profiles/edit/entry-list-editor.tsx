import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import type { EntryKind } from "@/lib/profiles/entries";
import { canSwapEntries } from "@/lib/profiles/entry-order";
import { Button } from "@/components/ui/button";
import { ProfileSection } from "../profile-section";
import { ENTRY_FIELDS, entrySummary, type Entry } from "./entry-fields";
import { ProfileForm } from "./profile-form";

const ADD_LABEL = {
  position: "addPosition",
  education: "addEducation",
  certification: "addCertification",
  language: "addLanguage",
  project: "addProject",
  volunteering: "addVolunteering",
  honor: "addHonor",
  publication: "addPublication",
} as const;

/** The edit page's server actions for entries (app/(site)/(member)/me/profile/actions.ts). */
export type EntryActions = {
  add: (kind: EntryKind, state: FormState, formData: FormData) => Promise<FormState>;
  update: (kind: EntryKind, id: string, state: FormState, formData: FormData) => Promise<FormState>;
  move: (kind: EntryKind, id: string, direction: "up" | "down") => Promise<void>;
  remove: (kind: EntryKind, id: string) => Promise<void>;
};

/**
 * One list of entries on the edit page, in date order: each opens to its form, moves up or down where the dates
 * tie, or goes; a form adds one.
 */
export async function EntryListEditor<K extends EntryKind>({
  kind,
  title,
  id,
  entries,
  actions,
}: {
  kind: K;
  title: string;
  id: string;
  entries: Entry[K][];
  actions: EntryActions;
}) {
  const t = await getTranslations();
  const addLabel = t(`profileEdit.${ADD_LABEL[kind] as (typeof ADD_LABEL)[EntryKind]}`);
  return (
    <ProfileSection id={id} title={title}>
      {entries.length === 0 && <p className="text-muted text-sm">{t("profileEdit.noneYet")}</p>}
      <ol className="divide-border flex flex-col divide-y" data-testid={`${kind}-entries`}>
        {entries.map((entry, i) => (
          <li key={entry.id} className="flex flex-col gap-2 py-2">
            <details className="group">
              <summary className="hover:bg-surface-muted flex cursor-pointer list-none items-center justify-between gap-2 rounded-md px-2 py-2">
                <span className="min-w-0 font-semibold wrap-anywhere">{entrySummary(kind, entry)}</span>
                <span className="text-primary shrink-0 text-sm font-semibold">{t("profileEdit.edit")}</span>
              </summary>
              <div className="flex flex-col gap-3 px-2 pt-3">
                <ProfileForm
                  idPrefix={`${kind}-${entry.id}`}
                  action={actions.update.bind(null, kind, entry.id)}
                  fields={ENTRY_FIELDS[kind](t, entry)}
                  submitLabel={t("profileEdit.save")}
                />
                <div className="flex flex-wrap gap-2">
                  {i > 0 && canSwapEntries(kind, entry, entries[i - 1]!) && (
                    <form action={actions.move.bind(null, kind, entry.id, "up")}>
                      <Button type="submit" variant="ghost" size="sm">
                        <ArrowUp aria-hidden className="size-4" />
                        {t("profileEdit.moveUp")}
                      </Button>
                    </form>
                  )}
                  {i < entries.length - 1 && canSwapEntries(kind, entry, entries[i + 1]!) && (
                    <form action={actions.move.bind(null, kind, entry.id, "down")}>
                      <Button type="submit" variant="ghost" size="sm">
                        <ArrowDown aria-hidden className="size-4" />
                        {t("profileEdit.moveDown")}
                      </Button>
                    </form>
                  )}
                  <form action={actions.remove.bind(null, kind, entry.id)}>
                    <Button type="submit" variant="danger" size="sm">
                      <Trash2 aria-hidden className="size-4" />
                      {t("profileEdit.delete")}
                    </Button>
                  </form>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ol>
      <details className="border-border rounded-md border" open={entries.length === 0}>
        <summary className="text-primary cursor-pointer px-4 py-3 text-sm font-semibold">{addLabel}</summary>
        <div className="px-4 pb-4">
          <ProfileForm
            idPrefix={`${kind}-new`}
            action={actions.add.bind(null, kind)}
            fields={ENTRY_FIELDS[kind](t)}
            submitLabel={addLabel}
          />
        </div>
      </details>
    </ProfileSection>
  );
}
