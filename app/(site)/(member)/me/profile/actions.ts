"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { Viewer } from "@/lib/core/viewer";
import { requireViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { formError } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { addEntry, deleteEntry, moveEntry, updateEntry, type EntryKind } from "@/lib/profiles/entries";
import { removeProfileImage, setProfileImage, type ProfileImageKind } from "@/lib/profiles/set-profile-image";
import { setSkills } from "@/lib/profiles/set-skills";
import { setVouchHidden } from "@/lib/profiles/set-vouch-hidden";
import { applyImport, previewImport, type ImportSummary } from "@/lib/profiles/portability/import-profile";
import type { ProfileImport } from "@/lib/profiles/portability/profile-import";
import { readImport } from "@/lib/profiles/portability/read-import";
import { ownHandle } from "@/lib/profiles/profile-owner";
import { updateProfile } from "@/lib/profiles/update-profile";

const BOOLEAN_FIELDS = ["openToWork", "isPrivateBrowsing", "isEmailNeededToInvite"];

/** Form fields as strings: repeated keys (checkbox groups) joined by newlines, which list fields split on. */
function formFields(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    values[key] = formData
      .getAll(key)
      .filter((v) => typeof v === "string")
      .join("\n");
  }
  return values;
}

async function run(
  formData: FormData,
  change: (viewer: Viewer, handle: string, values: Record<string, string>) => Promise<unknown>,
  { clearOnSuccess = false } = {},
): Promise<FormState> {
  const values = formFields(formData);
  try {
    const viewer = await requireViewer("/me/profile");
    await change(viewer, await ownHandle(viewer), values);
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath("/me/profile");
  const t = await getTranslations("profileEdit");
  return { status: "success", message: t("saved"), values: clearOnSuccess ? {} : values };
}

/** Saves one section of the profile's own fields (the form sends only that section's fields). */
export async function saveProfileAction(section: string[], _state: FormState, formData: FormData) {
  return run(formData, (viewer, handle, values) => {
    const input: Record<string, unknown> = {};
    const visibility: Record<string, string> = {};
    for (const name of section) {
      if (name.startsWith("visibility.")) visibility[name.slice("visibility.".length)] = values[name] ?? "";
      else
        input[name] = BOOLEAN_FIELDS.includes(name)
          ? values[name] === "on"
            ? "on"
            : "false"
          : (values[name] ?? "");
    }
    if (Object.keys(visibility).length) input.visibility = visibility;
    return updateProfile(viewer, handle, input);
  });
}

export async function addEntryAction(kind: EntryKind, _state: FormState, formData: FormData) {
  return run(formData, (viewer, handle, values) => addEntry(viewer, handle, kind, values), {
    clearOnSuccess: true,
  });
}

export async function updateEntryAction(kind: EntryKind, id: string, _state: FormState, formData: FormData) {
  return run(formData, (viewer, handle, values) => updateEntry(viewer, handle, kind, id, values));
}

export async function saveSkillsAction(_state: FormState, formData: FormData) {
  return run(formData, (viewer, handle, values) => setSkills(viewer, handle, values));
}

/** Delete and move buttons: nothing to show on success; a stale id (already gone) changes nothing. */
async function quietly(change: (viewer: Viewer, handle: string) => Promise<unknown>) {
  const viewer = await requireViewer("/me/profile");
  try {
    await change(viewer, await ownHandle(viewer));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  revalidatePath("/me/profile");
}

export async function deleteEntryAction(kind: EntryKind, id: string) {
  await quietly((viewer, handle) => deleteEntry(viewer, handle, kind, id));
}

export async function moveEntryAction(kind: EntryKind, id: string, direction: "up" | "down") {
  await quietly((viewer, handle) => moveEntry(viewer, handle, kind, { id, direction }));
}

export async function uploadImageAction(kind: ProfileImageKind, _state: FormState, formData: FormData) {
  return run(formData, (viewer, handle) => setProfileImage(viewer, handle, kind, formData.get("image")));
}

export async function removeImageAction(kind: ProfileImageKind) {
  await quietly((viewer, handle) => removeProfileImage(viewer, handle, kind));
}

export type ImportState = FormState & { preview?: ImportSummary; payload?: string; isDone?: boolean };

/** Step 1: read the files and show what would change (nothing is written). */
export async function previewImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const viewer = await requireViewer("/me/profile");
    const data = await readImport(formData.getAll("file"));
    const preview = await previewImport(viewer, await ownHandle(viewer), data);
    return { status: "idle", preview, payload: JSON.stringify(data) };
  } catch (error) {
    return formError(error);
  }
}

/** Step 2: the member confirmed; the same data is checked again and merged. */
export async function confirmImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const viewer = await requireViewer("/me/profile");
    let data: ProfileImport;
    try {
      data = JSON.parse(String(formData.get("payload") ?? ""));
    } catch {
      throw new AppError("validation", "import.badPayload");
    }
    await applyImport(viewer, await ownHandle(viewer), data);
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/me/profile");
  const t = await getTranslations("profileEdit");
  return {
    status: "success",
    message: t("imported"),
    isDone: true,
    payload: String(formData.get("payload")),
  };
}

/** Hide or show again a recommendation on one's own profile (from the profile page). */
export async function setRecommendationHiddenAction(id: string, isHidden: boolean) {
  await quietly((viewer) => setVouchHidden(viewer, { kind: "recommendation", id, isHidden }));
  revalidatePath("/in/[handle]", "page");
}
