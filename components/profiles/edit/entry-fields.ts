import type { getTranslations } from "next-intl/server";
import { toMonthString } from "@/lib/profiles/dates";
import type { EntryKind } from "@/lib/profiles/entries";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import {
  AccomplishmentSchema,
  CertificationSchema,
  EducationSchema,
  EMPLOYMENT_TYPES,
  LANGUAGE_PROFICIENCIES,
  LanguageSchema,
  PositionSchema,
  type AccomplishmentInput,
  type AccomplishmentKind,
} from "@/lib/profiles/schemas";
import type { FieldSpec } from "./profile-form";
import { maxLengthsOf } from "@/lib/forms/fields";

const POSITION = maxLengthsOf(PositionSchema);
const EDUCATION = maxLengthsOf(EducationSchema);
const CERTIFICATION = maxLengthsOf(CertificationSchema);
const LANGUAGE = maxLengthsOf(LanguageSchema);
const ACCOMPLISHMENT = maxLengthsOf(AccomplishmentSchema);

type T = Awaited<ReturnType<typeof getTranslations>>;

export type Entry = {
  position: NonNullable<ProfileForViewer["positions"]>[number];
  education: NonNullable<ProfileForViewer["education"]>[number];
  certification: NonNullable<ProfileForViewer["certifications"]>[number];
  language: NonNullable<ProfileForViewer["languages"]>[number];
  project: Accomplishment;
  volunteering: Accomplishment;
  honor: Accomplishment;
  publication: Accomplishment;
};
type Accomplishment = NonNullable<ProfileForViewer["projects"]>[number];

/** The fields each kind of accomplishment asks for (their labels are the kind's own: 项目名称, 颁发机构…). */
const ACCOMPLISHMENT_FIELDS: Record<AccomplishmentKind, (keyof AccomplishmentInput)[]> = {
  project: ["title", "organization", "startDate", "endDate", "url", "description", "keywords"],
  volunteering: ["title", "organization", "startDate", "endDate", "url", "description"],
  honor: ["title", "organization", "startDate", "description"],
  publication: ["title", "organization", "startDate", "url", "description"],
};

function accomplishmentFields(kind: AccomplishmentKind) {
  return (t: T, a?: Accomplishment): FieldSpec[] =>
    ACCOMPLISHMENT_FIELDS[kind].map((name): FieldSpec => {
      const label = t(`profileEdit.accomplishment.${kind}.${name}` as never);
      switch (name) {
        case "startDate":
        case "endDate":
          return {
            name,
            label,
            type: "month",
            defaultValue: toMonthString(a?.[name] ?? null),
            isHalf: true,
            ...(name === "endDate" && { hint: t("profileEdit.endDateHint") }),
          };
        case "description":
          return {
            name,
            label,
            type: "textarea",
            rows: 3,
            defaultValue: a?.description,
            maxLength: ACCOMPLISHMENT.description,
          };
        case "keywords":
          return { name, label, defaultValue: a?.keywords.join(", "), hint: t("profileEdit.keywordsHint") };
        case "url":
          return { name, label, type: "url", defaultValue: a?.url ?? "" };
        default:
          return {
            name,
            label,
            defaultValue: (a?.[name] as string | null | undefined) ?? "",
            maxLength: ACCOMPLISHMENT[name],
            required: name === "title",
          };
      }
    });
}

/** The form fields of each kind of entry, filled from `entry` (or empty for a new one). */
export const ENTRY_FIELDS: { [K in EntryKind]: (t: T, entry?: Entry[K]) => FieldSpec[] } = {
  position: (t, p) => [
    {
      name: "title",
      label: t("profileEdit.jobTitle"),
      defaultValue: p?.title,
      maxLength: POSITION.title,
      required: true,
    },
    {
      name: "companyName",
      label: t("profileEdit.companyName"),
      defaultValue: p?.companyName,
      maxLength: POSITION.companyName,
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
      maxLength: POSITION.location,
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
      maxLength: POSITION.description,
    },
  ],
  education: (t, e) => [
    {
      name: "school",
      label: t("profileEdit.school"),
      defaultValue: e?.school,
      maxLength: EDUCATION.school,
      required: true,
    },
    {
      name: "degree",
      label: t("profileEdit.degree"),
      defaultValue: e?.degree ?? "",
      maxLength: EDUCATION.degree,
      isHalf: true,
    },
    {
      name: "fieldOfStudy",
      label: t("profileEdit.fieldOfStudy"),
      defaultValue: e?.fieldOfStudy ?? "",
      maxLength: EDUCATION.fieldOfStudy,
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
      maxLength: EDUCATION.description,
      rows: 3,
    },
  ],
  certification: (t, c) => [
    {
      name: "name",
      label: t("profileEdit.certName"),
      defaultValue: c?.name,
      maxLength: CERTIFICATION.name,
      required: true,
    },
    {
      name: "issuer",
      label: t("profileEdit.issuer"),
      defaultValue: c?.issuer ?? "",
      maxLength: CERTIFICATION.issuer,
    },
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
      maxLength: CERTIFICATION.credentialId,
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
      maxLength: LANGUAGE.name,
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
  project: accomplishmentFields("project"),
  volunteering: accomplishmentFields("volunteering"),
  honor: accomplishmentFields("honor"),
  publication: accomplishmentFields("publication"),
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
    default: {
      const a = entry as Accomplishment;
      return [a.title, a.organization].filter(Boolean).join(" · ");
    }
  }
}
