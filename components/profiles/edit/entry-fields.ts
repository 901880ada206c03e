import type { getTranslations } from "next-intl/server";
import { toMonthString } from "@/lib/profiles/dates";
import type { EntryKind } from "@/lib/profiles/entries";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import { EMPLOYMENT_TYPES, LANGUAGE_PROFICIENCIES } from "@/lib/profiles/schemas";
import type { FieldSpec } from "./profile-form";

type T = Awaited<ReturnType<typeof getTranslations>>;

export type Entry = {
  position: NonNullable<ProfileForViewer["positions"]>[number];
  education: NonNullable<ProfileForViewer["education"]>[number];
  certification: NonNullable<ProfileForViewer["certifications"]>[number];
  language: NonNullable<ProfileForViewer["languages"]>[number];
};

/** The form fields of each kind of entry, filled from `entry` (or empty for a new one). */
export const ENTRY_FIELDS: { [K in EntryKind]: (t: T, entry?: Entry[K]) => FieldSpec[] } = {
  position: (t, p) => [
    {
      name: "title",
      label: t("profileEdit.jobTitle"),
      defaultValue: p?.title,
      maxLength: 100,
      required: true,
    },
    {
      name: "companyName",
      label: t("profileEdit.companyName"),
      defaultValue: p?.companyName,
      maxLength: 100,
      required: true,
    },
    {
      name: "employmentType",
      label: t("profileEdit.employmentType"),
      type: "select",
      defaultValue: p?.employmentType ?? "",
      options: [
        { value: "", label: t("profileEdit.none") },
        ...EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`profile.employmentType.${value}`) })),
      ],
      isHalf: true,
    },
    {
      name: "location",
      label: t("profileEdit.location"),
      defaultValue: p?.location ?? "",
      maxLength: 80,
      isHalf: true,
    },
    {
      name: "startDate",
      label: t("profileEdit.startDate"),
      type: "month",
      defaultValue: toMonthString(p?.startDate ?? null),
      isHalf: true,
      required: true,
    },
    {
      name: "endDate",
      label: t("profileEdit.endDate"),
      type: "month",
      defaultValue: toMonthString(p?.endDate ?? null),
      hint: t("profileEdit.endDateHint"),
      isHalf: true,
    },
    {
      name: "description",
      label: t("profileEdit.description"),
      type: "textarea",
      defaultValue: p?.description,
      maxLength: 2000,
    },
  ],
  education: (t, e) => [
    {
      name: "school",
      label: t("profileEdit.school"),
      defaultValue: e?.school,
      maxLength: 120,
      required: true,
    },
    {
      name: "degree",
      label: t("profileEdit.degree"),
      defaultValue: e?.degree ?? "",
      maxLength: 100,
      isHalf: true,
    },
    {
      name: "fieldOfStudy",
      label: t("profileEdit.fieldOfStudy"),
      defaultValue: e?.fieldOfStudy ?? "",
      maxLength: 100,
      isHalf: true,
    },
    {
      name: "startYear",
      label: t("profileEdit.startYear"),
      type: "number",
      defaultValue: e?.startYear?.toString() ?? "",
      isHalf: true,
    },
    {
      name: "endYear",
      label: t("profileEdit.endYear"),
      type: "number",
      defaultValue: e?.endYear?.toString() ?? "",
      isHalf: true,
    },
    {
      name: "description",
      label: t("profileEdit.description"),
      type: "textarea",
      defaultValue: e?.description,
      maxLength: 1000,
      rows: 3,
    },
  ],
  certification: (t, c) => [
    { name: "name", label: t("profileEdit.certName"), defaultValue: c?.name, maxLength: 120, required: true },
    { name: "issuer", label: t("profileEdit.issuer"), defaultValue: c?.issuer ?? "", maxLength: 120 },
    {
      name: "issuedOn",
      label: t("profileEdit.issuedOn"),
      type: "month",
      defaultValue: toMonthString(c?.issuedOn ?? null),
      isHalf: true,
    },
    {
      name: "expiresOn",
      label: t("profileEdit.expiresOn"),
      type: "month",
      defaultValue: toMonthString(c?.expiresOn ?? null),
      isHalf: true,
    },
    {
      name: "credentialId",
      label: t("profileEdit.credentialId"),
      defaultValue: c?.credentialId ?? "",
      maxLength: 80,
      isHalf: true,
    },
    {
      name: "credentialUrl",
      label: t("profileEdit.credentialUrl"),
      type: "url",
      defaultValue: c?.credentialUrl ?? "",
      isHalf: true,
    },
  ],
  language: (t, l) => [
    {
      name: "name",
      label: t("profileEdit.languageName"),
      defaultValue: l?.name,
      maxLength: 50,
      required: true,
      isHalf: true,
    },
    {
      name: "proficiency",
      label: t("profileEdit.proficiency"),
      type: "select",
      defaultValue: l?.proficiency ?? "professional_working",
      options: LANGUAGE_PROFICIENCIES.map((value) => ({ value, label: t(`profile.proficiency.${value}`) })),
      isHalf: true,
    },
  ],
};

/** The line that names an entry in the edit list. */
export function entrySummary(kind: EntryKind, entry: Entry[EntryKind]): string {
  switch (kind) {
    case "position": {
      const p = entry as Entry["position"];
      return `${p.title} · ${p.companyName}`;
    }
    case "education": {
      const e = entry as Entry["education"];
      return [e.school, e.degree].filter(Boolean).join(" · ");
    }
    case "certification":
      return (entry as Entry["certification"]).name;
    case "language":
      return (entry as Entry["language"]).name;
  }
}
