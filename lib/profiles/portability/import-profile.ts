import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { db } from "@/lib/db";
import { emit, transaction } from "@/lib/core/events";
import { parseInput } from "@/lib/validation";
import { assertCanEditProfile } from "../policy";
import {
  AccomplishmentSchema,
  CertificationSchema,
  EducationSchema,
  LanguageSchema,
  MAX_SKILLS,
  PositionSchema,
} from "../schemas";
import { writeSkills } from "../set-skills";
import { distinctSkills, normalizeSkillName } from "../skills";
import { findOwnerOrThrow } from "../profile-owner";
import {
  ProfileImportSchema,
  SOURCED_LISTS,
  type LeftOut,
  type ParsedProfileImport,
  type ProfileImport,
  type SourcedList,
} from "./profile-import";
import { snapshotOf, sourceOf } from "./resume-source";

const norm = (value: string | null | undefined) => (value ?? "").normalize("NFKC").trim().toLowerCase();
const month = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 7) : "");

type Dated = { startDate?: Date | null };
const accomplishmentKey = (a: { title: string; organization?: string | null } & Dated) =>
  `${norm(a.title)}|${norm(a.organization)}|${month(a.startDate)}`;

// what makes two entries the same one, so that importing twice adds nothing twice
const KEY = {
  positions: (p: { companyName: string; title: string; startDate: Date }) =>
    `${norm(p.companyName)}|${norm(p.title)}|${month(p.startDate)}`,
  education: (e: { school: string; degree?: string | null; startYear?: number | null }) =>
    `${norm(e.school)}|${norm(e.degree)}|${e.startYear ?? ""}`,
  certifications: (c: { name: string; issuer?: string | null }) => `${norm(c.name)}|${norm(c.issuer)}`,
  languages: (l: { name: string }) => norm(l.name),
  projects: accomplishmentKey,
  volunteering: accomplishmentKey,
  honors: accomplishmentKey,
  publications: accomplishmentKey,
} satisfies Record<SourcedList, (entry: never) => string>;

/** Every field a row of each list has, as its schema names them (a source's `as` covers them all). */
const ROW_FIELDS: Record<SourcedList, string[]> = {
  positions: Object.keys(PositionSchema.shape),
  education: Object.keys(EducationSchema.shape),
  certifications: Object.keys(CertificationSchema.shape),
  languages: Object.keys(LanguageSchema.shape),
  projects: Object.keys(AccomplishmentSchema.shape),
  volunteering: Object.keys(AccomplishmentSchema.shape),
  honors: Object.keys(AccomplishmentSchema.shape),
  publications: Object.keys(AccomplishmentSchema.shape),
};

type Counts = Record<SourcedList | "skills", number>;

export type ImportSummary = {
  fields: string[];
  /** what the file holds that the profile does not show: kept for the export, or (files) not imported */
  leftOut: LeftOut[];
  added: Counts;
  skipped: Counts;
};

/** The import form's state: the preview of step 1, and whether step 2 merged it. */
export type ImportState = FormState & { preview?: ImportSummary; payload?: string; isDone?: boolean };

const KIND_OF = {
  projects: "project",
  volunteering: "volunteering",
  honors: "honor",
  publications: "publication",
} as const;

const isEmpty = (value: unknown) => value === null || value === "" || (Array.isArray(value) && !value.length);

async function plan(tx: Prisma.TransactionClient, userId: string, data: ParsedProfileImport) {
  const entry = { select: { title: true, organization: true, startDate: true, kind: true, sortOrder: true } };
  const existing = await tx.profile.findUniqueOrThrow({
    where: { userId },
    select: {
      headline: true,
      about: true,
      city: true,
      region: true,
      country: true,
      industry: true,
      contactEmail: true,
      phone: true,
      website: true,
      wechatId: true,
      interests: true,
      positions: { select: { companyName: true, title: true, startDate: true, sortOrder: true } },
      education: { select: { school: true, degree: true, startYear: true, sortOrder: true } },
      certifications: { select: { name: true, issuer: true, sortOrder: true } },
      languages: { select: { name: true, sortOrder: true } },
      accomplishments: entry,
      skills: {
        orderBy: { sortOrder: "asc" },
        select: { isPinned: true, skill: { select: { name: true } } },
      },
    },
  });
  const have: Record<SourcedList, { sortOrder: number }[]> = {
    positions: existing.positions,
    education: existing.education,
    certifications: existing.certifications,
    languages: existing.languages,
    ...(Object.fromEntries(
      Object.entries(KIND_OF).map(([list, kind]) => [
        list,
        existing.accomplishments.filter((a) => a.kind === kind),
      ]),
    ) as unknown as Record<keyof typeof KIND_OF, { sortOrder: number }[]>),
  };
  // a field the member already filled in is theirs: an import only fills the gaps
  const fields = Object.fromEntries(
    Object.entries(data.fields).filter(
      ([field, value]) =>
        value !== undefined && !isEmpty(value) && isEmpty(existing[field as keyof typeof data.fields]),
    ),
  );
  // each new entry with the file's own entry behind it
  const fresh = (list: SourcedList) => {
    const key = KEY[list] as (entry: unknown) => string;
    const seen = new Set(have[list].map(key));
    return (data[list] as Record<string, unknown>[]).flatMap((item, i) => {
      const k = key(item);
      if (seen.has(k)) return [];
      seen.add(k);
      const sources = data.sources as Partial<Record<SourcedList, unknown[]>>;
      return [{ item, source: sourceOf(sources[list]?.[i], item, ROW_FIELDS[list]) }];
    });
  };
  const entries = Object.fromEntries(SOURCED_LISTS.map((list) => [list, fresh(list)])) as Record<
    SourcedList,
    ReturnType<typeof fresh>
  >;
  const currentSkills = existing.skills.map((s) => s.skill.name);
  const known = new Set(currentSkills.map(normalizeSkillName));
  const newSkills = distinctSkills(data.skills).filter((s) => !known.has(normalizeSkillName(s)));
  const addedSkills = newSkills.slice(0, Math.max(0, MAX_SKILLS - currentSkills.length));
  const count = (of: (list: SourcedList) => number) =>
    Object.fromEntries(SOURCED_LISTS.map((list) => [list, of(list)])) as Record<SourcedList, number>;
  const summary: ImportSummary = {
    fields: Object.keys(fields),
    leftOut: data.leftOut,
    added: { ...count((list) => entries[list].length), skills: addedSkills.length },
    skipped: {
      ...count((list) => data[list].length - entries[list].length),
      skills: data.skills.length - addedSkills.length,
    },
  };
  const after = (rows: { sortOrder: number }[]) =>
    rows.reduce((max, r) => Math.max(max, r.sortOrder), -1) + 1;
  const rows = (list: SourcedList, extra: Record<string, unknown> = {}) =>
    entries[list].map(({ item, source }, i) => ({
      ...item,
      ...extra,
      profileId: userId,
      sortOrder: after(have[list]) + i,
      source: (source ?? undefined) as Prisma.InputJsonValue | undefined,
    }));
  const write = async () => {
    const profileSource = data.sources.profile;
    const profileAfter = { ...existing, ...fields };
    await tx.profile.update({
      where: { userId },
      data: {
        ...fields,
        updatedAt: new Date(),
        ...(profileSource && {
          resumeSource: {
            resume: profileSource,
            as: snapshotOf(
              Object.fromEntries(PROFILE_SOURCE_FIELDS.map((field) => [field, profileAfter[field]])),
            ),
          } as Prisma.InputJsonValue,
        }),
      },
    });
    await tx.position.createMany({ data: rows("positions") as Prisma.PositionCreateManyInput[] });
    await tx.education.createMany({ data: rows("education") as Prisma.EducationCreateManyInput[] });
    await tx.certification.createMany({
      data: rows("certifications") as Prisma.CertificationCreateManyInput[],
    });
    await tx.profileLanguage.createMany({
      data: rows("languages") as Prisma.ProfileLanguageCreateManyInput[],
    });
    await tx.accomplishment.createMany({
      data: (Object.keys(KIND_OF) as (keyof typeof KIND_OF)[]).flatMap(
        (list) => rows(list, { kind: KIND_OF[list] }) as Prisma.AccomplishmentCreateManyInput[],
      ),
    });
    if (addedSkills.length) {
      const pinned = new Set(
        existing.skills.filter((s) => s.isPinned).map((s) => normalizeSkillName(s.skill.name)),
      );
      await writeSkills(tx, userId, [...currentSkills, ...addedSkills], pinned);
    }
  };
  return { summary, write };
}

/** The profile's fields a JSON Resume's basics and interests fill (what they said is kept to export back). */
const PROFILE_SOURCE_FIELDS = [
  "headline",
  "about",
  "city",
  "region",
  "country",
  "contactEmail",
  "phone",
  "website",
  "wechatId",
] as const;

/** What importing would change, without changing it: the preview shown before the member confirms. */
export async function previewImport(
  viewer: Viewer | null,
  handle: string,
  data: ProfileImport,
): Promise<ImportSummary> {
  const { userId } = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, userId);
  const parsed = parseInput(ProfileImportSchema, data);
  return (await plan(db, userId, parsed)).summary;
}

/**
 * Merges an import into the profile in one transaction: empty fields are filled, entries the profile already
 * has (same company, title and start; same school; …) are skipped, so importing twice adds nothing twice.
 */
export async function applyImport(
  viewer: Viewer | null,
  handle: string,
  data: ProfileImport,
): Promise<ImportSummary> {
  const owner = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, owner.userId);
  const parsed = parseInput(ProfileImportSchema, data);
  return transaction(async (tx) => {
    const planned = await plan(tx, owner.userId, parsed);
    await planned.write();
    await emit(tx, {
      type: "profile.changed",
      userId: owner.userId,
      handles: [owner.handle],
      parts: importedParts(planned.summary),
    });
    return planned.summary;
  });
}

/** The profile parts an import changed, as events name them (lib/core/domain-events.ts). */
function importedParts({ fields, added }: ImportSummary): string[] {
  const sections = {
    positions: "position",
    education: "education",
    certifications: "certification",
    languages: "language",
    projects: "project",
    volunteering: "volunteering",
    honors: "honor",
    publications: "publication",
    skills: "skills",
  } as const;
  const changed = (Object.keys(sections) as (keyof typeof sections)[]).filter((key) => added[key] > 0);
  return [...fields, ...changed.map((key) => sections[key])];
}
