import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/core/viewer";
import { getOwnProfile } from "@/lib/profiles/get-profile";
import { INDUSTRIES } from "@/lib/profiles/industries";
import { PROFILE_SECTIONS, VISIBILITY_LEVELS } from "@/lib/core/profile-visibility";
import { EntryListEditor, type EntryActions } from "@/components/profiles/edit/entry-list-editor";
import { ProfileForm, type FieldSpec } from "@/components/profiles/edit/profile-form";
import { CompletenessMeter } from "@/components/profiles/completeness-meter";
import { ProfileSection } from "@/components/profiles/profile-section";
import { Button } from "@/components/ui/button";
import { Download } from "lucide-react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportForm } from "@/components/profiles/edit/import-form";
import {
  addEntryAction,
  confirmImportAction,
  deleteEntryAction,
  moveEntryAction,
  previewImportAction,
  saveProfileAction,
  saveSkillsAction,
  updateEntryAction,
} from "./actions";
import { PhotoSection } from "./photo-section";
import { countryOptions } from "@/lib/i18n/country-options";
import { apiPath } from "@/lib/api/client";
import { maxLengthsOf } from "@/lib/forms/fields";
import { ProfileUpdateSchema } from "@/lib/profiles/schemas";

const PROFILE = maxLengthsOf(ProfileUpdateSchema);

const ENTRY_ACTIONS: EntryActions = {
  add: addEntryAction,
  update: updateEntryAction,
  move: moveEntryAction,
  remove: deleteEntryAction,
};

export async function generateMetadata() {
  return { title: (await getTranslations("profileEdit"))("title") };
}

/** A form for some of the profile's own fields: the action saves exactly these. */
/** Projects, volunteering, honours and publications: each kind's list on the page, in this order. */
const ACCOMPLISHMENT_LISTS = [
  { kind: "project", id: "projects", list: "projects" },
  { kind: "volunteering", id: "volunteering", list: "volunteering" },
  { kind: "honor", id: "honors", list: "honors" },
  { kind: "publication", id: "publications", list: "publications" },
] as const;

function SectionForm({ id, fields, submitLabel }: { id: string; fields: FieldSpec[]; submitLabel: string }) {
  return (
    <ProfileForm
      idPrefix={id}
      action={saveProfileAction.bind(
        null,
        fields.map((f) => f.name),
      )}
      fields={fields}
      submitLabel={submitLabel}
    />
  );
}

export default async function EditProfilePage() {
  const viewer = await requireViewer("/me/profile");
  const [profile, t, locale] = await Promise.all([getOwnProfile(viewer), getTranslations(), getLocale()]);
  const e = (key: string) => t(`profileEdit.${key}`);
  const save = e("save");
  const settings = profile.settings!;
  const skills = profile.skills ?? [];

  return (
    <ClientMessages namespaces={["profileEdit", "errors"]}>
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h1 className="text-2xl font-semibold">{e("title")}</h1>
            <Button asChild variant="outline" size="sm">
              <Link href={`/in/${profile.handle}`}>{e("viewProfile")}</Link>
            </Button>
          </div>

          <PhotoSection profile={profile} />

          <ProfileSection id="headline" title={e("intro")}>
            <SectionForm
              id="intro"
              submitLabel={save}
              fields={[
                {
                  name: "name",
                  label: e("name"),
                  defaultValue: profile.name,
                  maxLength: PROFILE.name,
                  required: true,
                  isHalf: true,
                },
                {
                  name: "pronouns",
                  label: e("pronouns"),
                  defaultValue: profile.pronouns ?? "",
                  maxLength: PROFILE.pronouns,
                  isHalf: true,
                },
                {
                  name: "handle",
                  label: e("handle"),
                  defaultValue: profile.handle,
                  maxLength: PROFILE.handle,
                  hint: t("profileEdit.handleHint", { handle: profile.handle }),
                },
                {
                  name: "headline",
                  label: e("headline"),
                  defaultValue: profile.headline,
                  maxLength: PROFILE.headline,
                  hint: e("headlineHint"),
                },
                {
                  name: "industry",
                  label: e("industry"),
                  type: "select",
                  defaultValue: profile.industry ?? "",
                  options: [
                    { value: "", label: e("none") },
                    ...INDUSTRIES.map((value) => ({ value, label: t(`industries.${value}`) })),
                  ],
                },
              ]}
            />
          </ProfileSection>

          <ProfileSection id="location" title={e("locationTitle")}>
            <SectionForm
              id="location"
              submitLabel={save}
              fields={[
                {
                  name: "city",
                  label: e("city"),
                  defaultValue: profile.location?.city ?? "",
                  maxLength: PROFILE.city,
                  isHalf: true,
                },
                {
                  name: "region",
                  label: e("region"),
                  defaultValue: profile.location?.region ?? "",
                  maxLength: PROFILE.region,
                  isHalf: true,
                },
                {
                  name: "country",
                  label: e("country"),
                  type: "select",
                  defaultValue: profile.location?.country ?? "",
                  options: [{ value: "", label: e("none") }, ...countryOptions(locale)],
                },
              ]}
            />
          </ProfileSection>

          <ProfileSection id="about" title={e("aboutTitle")}>
            <SectionForm
              id="about"
              submitLabel={save}
              fields={[
                {
                  name: "about",
                  label: e("about"),
                  type: "textarea",
                  rows: 8,
                  defaultValue: profile.about ?? "",
                  maxLength: PROFILE.about,
                  hint: e("aboutHint"),
                },
              ]}
            />
          </ProfileSection>

          <EntryListEditor
            kind="position"
            id="experience"
            title={e("experienceTitle")}
            actions={ENTRY_ACTIONS}
            entries={profile.positions ?? []}
          />
          <EntryListEditor
            kind="education"
            id="education"
            title={e("educationTitle")}
            actions={ENTRY_ACTIONS}
            entries={profile.education ?? []}
          />

          <ProfileSection id="skills" title={e("skillsTitle")}>
            <ProfileForm
              idPrefix="skills"
              action={saveSkillsAction}
              submitLabel={save}
              fields={[
                {
                  name: "skills",
                  label: e("skills"),
                  type: "textarea",
                  rows: 6,
                  defaultValue: skills.map((s) => s.name).join("\n"),
                  hint: e("skillsHint"),
                },
                {
                  name: "pinned",
                  label: e("pinned"),
                  defaultValue: skills
                    .filter((s) => s.isPinned)
                    .map((s) => s.name)
                    .join(", "),
                  hint: e("pinnedHint"),
                },
              ]}
            />
          </ProfileSection>

          <EntryListEditor
            kind="certification"
            id="certifications"
            title={e("certificationsTitle")}
            actions={ENTRY_ACTIONS}
            entries={profile.certifications ?? []}
          />
          {ACCOMPLISHMENT_LISTS.map(({ kind, id, list }) => (
            <EntryListEditor
              key={kind}
              kind={kind}
              id={id}
              title={e(`${id}Title`)}
              actions={ENTRY_ACTIONS}
              entries={profile[list] ?? []}
            />
          ))}
          <EntryListEditor
            kind="language"
            id="languages"
            title={e("languagesTitle")}
            actions={ENTRY_ACTIONS}
            entries={profile.languages ?? []}
          />

          <ProfileSection id="interests" title={e("interestsTitle")}>
            <SectionForm
              id="interests"
              submitLabel={save}
              fields={[
                {
                  name: "interests",
                  label: e("interests"),
                  defaultValue: (profile.interests ?? []).join(", "),
                  hint: e("interestsHint"),
                },
              ]}
            />
          </ProfileSection>

          <ProfileSection id="contact" title={e("contactTitle")}>
            <SectionForm
              id="contact"
              submitLabel={save}
              fields={[
                {
                  name: "contactEmail",
                  label: e("contactEmail"),
                  type: "email",
                  defaultValue: profile.contact.email ?? "",
                  isHalf: true,
                },
                {
                  name: "phone",
                  label: e("phone"),
                  type: "tel",
                  defaultValue: profile.contact.phone ?? "",
                  isHalf: true,
                },
                {
                  name: "wechatId",
                  label: e("wechatId"),
                  defaultValue: profile.contact.wechatId ?? "",
                  isHalf: true,
                },
                {
                  name: "website",
                  label: e("website"),
                  type: "url",
                  defaultValue: profile.contact.website ?? "",
                  isHalf: true,
                },
              ]}
            />
          </ProfileSection>

          <ProfileSection id="open-to-work" title={e("openToWorkTitle")}>
            <SectionForm
              id="open-to-work"
              submitLabel={save}
              fields={[
                {
                  name: "openToWork",
                  label: e("openToWork"),
                  type: "checkbox",
                  defaultValue: profile.openToWork ? "on" : "",
                },
                {
                  name: "openToWorkTitles",
                  label: e("openToWorkTitles"),
                  defaultValue: profile.openToWork?.titles.join(", ") ?? "",
                  hint: e("openToWorkTitlesHint"),
                },
                {
                  name: "openToWorkLocations",
                  label: e("openToWorkLocations"),
                  defaultValue: profile.openToWork?.locations.join(", ") ?? "",
                },
                {
                  name: "openToWorkWorkplaces",
                  label: e("openToWorkWorkplaces"),
                  type: "checkboxes",
                  defaultValue: profile.openToWork?.workplaces.join("\n") ?? "",
                  options: (["on_site", "hybrid", "remote"] as const).map((value) => ({
                    value,
                    label: t(`profile.workplace.${value}`),
                  })),
                },
                {
                  name: "openToWorkAudience",
                  label: e("openToWorkAudience"),
                  type: "select",
                  defaultValue: profile.openToWork?.audience ?? "recruiters",
                  options: (["recruiters", "everyone"] as const).map((value) => ({
                    value,
                    label: t(`profileEdit.audience.${value}`),
                  })),
                },
              ]}
            />
          </ProfileSection>

          <ProfileSection id="visibility" title={e("visibilityTitle")}>
            <p className="text-muted text-sm">{e("visibilityHint")}</p>
            <SectionForm
              id="visibility"
              submitLabel={save}
              fields={[
                ...PROFILE_SECTIONS.map((section): FieldSpec => ({
                  name: `visibility.${section}`,
                  label: t(`profileEdit.section.${section}`),
                  type: "select",
                  defaultValue: settings.visibility[section],
                  options: VISIBILITY_LEVELS.map((value) => ({
                    value,
                    label: t(`profileEdit.level.${value}`),
                  })),
                  isHalf: true,
                })),
                {
                  name: "findableBy",
                  label: e("findableBy"),
                  type: "select",
                  defaultValue: settings.findableBy,
                  options: VISIBILITY_LEVELS.map((value) => ({
                    value,
                    label: t(`profileEdit.level.${value}`),
                  })),
                  hint: e("findableByHint"),
                },
                {
                  name: "isPrivateBrowsing",
                  label: e("isPrivateBrowsing"),
                  type: "checkbox",
                  defaultValue: settings.isPrivateBrowsing ? "on" : "",
                  hint: e("isPrivateBrowsingHint"),
                },
                {
                  name: "isEmailNeededToInvite",
                  label: e("isEmailNeededToInvite"),
                  type: "checkbox",
                  defaultValue: settings.isEmailNeededToInvite ? "on" : "",
                  hint: e("isEmailNeededToInviteHint"),
                },
              ]}
            />
          </ProfileSection>

          <ProfileSection id="import-export" title={e("portabilityTitle")}>
            <div className="flex flex-col gap-1.5">
              <Button asChild variant="outline" size="sm" className="self-start">
                <a
                  href={apiPath("profiles/{handle}/json-resume", { path: { handle: "me" } })}
                  download="resume.json"
                >
                  <Download aria-hidden className="size-4" />
                  {e("exportJsonResume")}
                </a>
              </Button>
              <p className="text-muted text-xs">{e("exportHint")}</p>
            </div>
            <ImportForm preview={previewImportAction} confirm={confirmImportAction} />
          </ProfileSection>
        </div>
        <aside className="flex min-w-0 flex-col gap-4">
          <CompletenessMeter profile={profile} />
        </aside>
      </div>
    </ClientMessages>
  );
}
