"use server";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/core/viewer";
import { requireViewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { runFormAction } from "@/lib/api/form-action";
import { cropFromForm } from "@/lib/media/crop";
import type { FormState } from "@/lib/forms/form-state";
import { formListValues } from "@/lib/forms/action";
import { addEntry, deleteEntry, moveEntry, updateEntry, type EntryKind } from "@/lib/profiles/entries";
import { removeProfileImage, setProfileImage, type ProfileImageKind } from "@/lib/profiles/set-profile-image";
import { setSkills } from "@/lib/profiles/set-skills";
import { setVouchHidden } from "@/lib/profiles/set-vouch-hidden";
import { applyImport, previewImport, type ImportState } from "@/lib/profiles/portability/import-profile";
import type { ProfileImport } from "@/lib/profiles/portability/profile-import";
import { readImport } from "@/lib/profiles/portability/read-import";
import { ownHandle } from "@/lib/profiles/profile-owner";
import { updateProfile } from "@/lib/profiles/update-profile";

const BOOLEAN_FIELDS = ["openToWork", "isPrivateBrowsing", "isEmailNeededToInvite"];

/** Runs a change to the viewer's own profile (signing in first) and renders the editor again. */
async function inOwnProfile(
  formData: FormData | undefined,
  change: (viewer: Viewer, handle: string, values: Record<string, string>) => Promise<unknown>,
  { clear = false, message = true } = {},
) {
  return runFormAction(
    formData,
    async ({ values }) => {
      const viewer = await requireViewer("/me/profile");
      await change(viewer, await ownHandle(viewer), values);
      const t = await getTranslations("profileEdit");
      return { message: message ? t("saved") : undefined, clear, revalidate: "/me/profile" };
    },
    { readValues: formListValues },
  );
}

/** Saves one section of the profile's own fields (the form sends only that section's fields). */
export async function saveProfileAction(section: string[], _state: FormState, formData: FormData) {
  return inOwnProfile(formData, (viewer, handle, values) => {
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
  return inOwnProfile(formData, (viewer, handle, values) => addEntry(viewer, handle, kind, values), {
    clear: true,
  });
}

export async function updateEntryAction(kind: EntryKind, id: string, _state: FormState, formData: FormData) {
  return inOwnProfile(formData, (viewer, handle, values) => updateEntry(viewer, handle, kind, id, values));
}

export async function saveSkillsAction(_state: FormState, formData: FormData) {
  return inOwnProfile(formData, (viewer, handle, values) => setSkills(viewer, handle, values));
}

/** Delete and move buttons: nothing to show on success; a stale id (already gone) changes nothing. */
export async function deleteEntryAction(kind: EntryKind, id: string) {
  await inOwnProfile(undefined, (viewer, handle) => deleteEntry(viewer, handle, kind, id), {
    message: false,
  });
}

export async function moveEntryAction(kind: EntryKind, id: string, direction: "up" | "down") {
  await inOwnProfile(undefined, (viewer, handle) => moveEntry(viewer, handle, kind, { id, direction }), {
    message: false,
  });
}

export async function uploadImageAction(kind: ProfileImageKind, _state: FormState, formData: FormData) {
  return inOwnProfile(formData, (viewer, handle) =>
    setProfileImage(viewer, handle, kind, formData.get("image"), cropFromForm(formData)),
  );
}

export async function removeImageAction(kind: ProfileImageKind) {
  await inOwnProfile(undefined, (viewer, handle) => removeProfileImage(viewer, handle, kind), {
    message: false,
  });
}

/** Step 1: read the files and show what would change (nothing is written). */
export async function previewImportAction(_state: ImportState, formData: FormData) {
  return runFormAction<ImportState>(
    formData,
    async () => {
      const viewer = await requireViewer("/me/profile");
      const data = await readImport(formData.getAll("file"));
      const preview = await previewImport(viewer, await ownHandle(viewer), data);
      return { state: { status: "idle", preview, payload: JSON.stringify(data) } };
    },
    { readValues: () => ({}) },
  );
}

/** Step 2: the member confirmed; the same data is checked again and merged. */
export async function confirmImportAction(_state: ImportState, formData: FormData) {
  return runFormAction<ImportState>(
    formData,
    async () => {
      const viewer = await requireViewer("/me/profile");
      let data: ProfileImport;
      try {
        data = JSON.parse(String(formData.get("payload") ?? ""));
      } catch {
        throw new AppError("validation", "import.badPayload");
      }
      await applyImport(viewer, await ownHandle(viewer), data);
      const t = await getTranslations("profileEdit");
      return {
        message: t("imported"),
        revalidate: "/me/profile",
        state: { isDone: true, payload: String(formData.get("payload")) },
      };
    },
    { readValues: () => ({}) },
  );
}

/** Hide or show again a recommendation on one's own profile (from the profile page). */
export async function setRecommendationHiddenAction(id: string, isHidden: boolean) {
  await runFormAction(undefined, async () => {
    await setVouchHidden(await requireViewer("/me/profile"), { kind: "recommendation", id, isHidden });
    return { revalidate: { path: "/in/[handle]", type: "page" } };
  });
}
