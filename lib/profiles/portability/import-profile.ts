import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { db } from "@/lib/db";
import { emit, transaction } from "@/lib/core/events";
import { parseInput } from "@/lib/validation";
import { assertCanEditProfile } from "../policy";
import { MAX_SKILLS } from "../schemas";
import { writeSkills } from "../set-skills";
import { distinctSkills, normalizeSkillName } from "../skills";
import { findOwnerOrThrow } from "../profile-owner";
import {
  ProfileImportSchema,
  type LeftOut,
  type ParsedProfileImport,
  type ProfileImport,
} from "./profile-import";

const norm = (value: string | null | undefined) => (value ?? "").normalize("NFKC").trim().toLowerCase();
const month = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 7) : "");

const KEY = {
  position: (p: { companyName: string; title: string; startDate: Date }) =>
    `${norm(p.companyName)}|${norm(p.title)}|${month(p.startDate)}`,
  education: (e: { school: string; degree?: string | null; startYear?: number | null }) =>
    `${norm(e.school)}|${norm(e.degree)}|${e.startYear ?? ""}`,
  certification: (c: { name: string; issuer?: string | null }) => `${norm(c.name)}|${norm(c.issuer)}`,
  language: (l: { name: string }) => norm(l.name),
};

export type ImportSummary = {
  fields: string[];
  /** what the file holds that the profile has no place for (nothing of it is imported) */
  leftOut: LeftOut[];
  added: { positions: number; education: number; certifications: number; languages: number; skills: number };
  skipped: {
    positions: number;
    education: number;
    certifications: number;
    languages: number;
    skills: number;
  };
};

/** The import form's state: the preview of step 1, and whether step 2 merged it. */
export type ImportState = FormState & { preview?: ImportSummary; payload?: string; isDone?: boolean };

async function plan(tx: Prisma.TransactionClient, userId: string, data: ParsedProfileImport) {
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
      positions: { select: { companyName: true, title: true, startDate: true, sortOrder: true } },
      education: { select: { school: true, degree: true, startYear: true, sortOrder: true } },
      certifications: { select: { name: true, issuer: true, sortOrder: true } },
      languages: { select: { name: true, sortOrder: true } },
      skills: {
        orderBy: { sortOrder: "asc" },
        select: { isPinned: true, skill: { select: { name: true } } },
      },
    },
  });
  // a field the member already filled in is theirs: an import only fills the gaps
  const fields = Object.fromEntries(
    Object.entries(data.fields).filter(
      ([field, value]) =>
        value !== undefined && value !== null && !existing[field as keyof typeof data.fields],
    ),
  );
  const fresh = <T>(items: T[], haveKeys: string[], key: (item: T) => string) => {
    const seen = new Set(haveKeys);
    return items.filter((item) => {
      const k = key(item);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const positions = fresh(data.positions, existing.positions.map(KEY.position), KEY.position);
  const education = fresh(data.education, existing.education.map(KEY.education), KEY.education);
  const certifications = fresh(
    data.certifications,
    existing.certifications.map(KEY.certification),
    KEY.certification,
  );
  const languages = fresh(data.languages, existing.languages.map(KEY.language), KEY.language);
  const currentSkills = existing.skills.map((s) => s.skill.name);
  const known = new Set(currentSkills.map(normalizeSkillName));
  const newSkills = distinctSkills(data.skills).filter((s) => !known.has(normalizeSkillName(s)));
  const addedSkills = newSkills.slice(0, Math.max(0, MAX_SKILLS - currentSkills.length));
  const summary: ImportSummary = {
    fields: Object.keys(fields),
    leftOut: data.leftOut,
    added: {
      positions: positions.length,
      education: education.length,
      certifications: certifications.length,
      languages: languages.length,
      skills: addedSkills.length,
    },
    skipped: {
      positions: data.positions.length - positions.length,
      education: data.education.length - education.length,
      certifications: data.certifications.length - certifications.length,
      languages: data.languages.length - languages.length,
      skills: data.skills.length - addedSkills.length,
    },
  };
  const after = (rows: { sortOrder: number }[]) =>
    rows.reduce((max, r) => Math.max(max, r.sortOrder), -1) + 1;
  const write = async () => {
    if (summary.fields.length) await tx.profile.update({ where: { userId }, data: fields });
    const withOrder = <T extends object>(items: T[], start: number) =>
      items.map((item, i) => ({ ...item, profileId: userId, sortOrder: start + i }));
    await tx.position.createMany({ data: withOrder(positions, after(existing.positions)) });
    await tx.education.createMany({ data: withOrder(education, after(existing.education)) });
    await tx.certification.createMany({ data: withOrder(certifications, after(existing.certifications)) });
    await tx.profileLanguage.createMany({ data: withOrder(languages, after(existing.languages)) });
    if (addedSkills.length) {
      const pinned = new Set(
        existing.skills.filter((s) => s.isPinned).map((s) => normalizeSkillName(s.skill.name)),
      );
      await writeSkills(tx, userId, [...currentSkills, ...addedSkills], pinned);
    }
    await tx.profile.update({ where: { userId }, data: { updatedAt: new Date() } });
  };
  return { summary, write };
}

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
    skills: "skills",
  } as const;
  const changed = (Object.keys(sections) as (keyof typeof sections)[]).filter((key) => added[key] > 0);
  return [...fields, ...changed.map((key) => sections[key])];
}
