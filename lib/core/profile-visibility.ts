import { z } from "zod";
import type { Visibility } from "@/generated/prisma/enums";

/** The parts of a profile whose audience the member chooses. Name, handle and headline are always public. */
export const PROFILE_SECTIONS = [
  "photo",
  "about",
  "location",
  "experience",
  "education",
  "skills",
  "certifications",
  "projects",
  "volunteering",
  "honors",
  "publications",
  "languages",
  "interests",
  "email",
  "phone",
  "wechat",
  "website",
] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export const VISIBILITY_LEVELS = [
  "public",
  "members",
  "connections",
  "only_me",
] as const satisfies Visibility[];

/** What a new profile shows: the career in public, ways to reach the member only to people they know. */
export const DEFAULT_VISIBILITY: Record<ProfileSection, Visibility> = {
  photo: "public",
  about: "public",
  location: "public",
  experience: "public",
  education: "public",
  skills: "public",
  certifications: "public",
  projects: "public",
  volunteering: "public",
  honors: "public",
  publications: "public",
  languages: "public",
  interests: "public",
  email: "connections",
  phone: "only_me",
  wechat: "connections",
  website: "public",
};

export type VisibilitySettings = Record<ProfileSection, Visibility>;

const StoredVisibilitySchema = z.record(z.string(), z.unknown());

/** The stored JSON with defaults for missing or unknown values (the column may predate a section). */
export function readVisibility(stored: unknown): VisibilitySettings {
  const parsed = StoredVisibilitySchema.safeParse(stored);
  const values = parsed.success ? parsed.data : {};
  return Object.fromEntries(
    PROFILE_SECTIONS.map((section) => {
      const value = values[section];
      const isLevel = VISIBILITY_LEVELS.includes(value as Visibility);
      return [section, isLevel ? (value as Visibility) : DEFAULT_VISIBILITY[section]];
    }),
  ) as VisibilitySettings;
}

/** How the viewer stands to the profile's owner. */
export type Audience = "self" | "connection" | "member" | "anonymous";

const REACH: Record<Visibility, Audience[]> = {
  public: ["self", "connection", "member", "anonymous"],
  members: ["self", "connection", "member"],
  connections: ["self", "connection"],
  only_me: ["self"],
};

export function isVisibleTo(level: Visibility, audience: Audience): boolean {
  return REACH[level].includes(audience);
}

/** The sections this audience may see under these settings. */
export function visibleSections(settings: VisibilitySettings, audience: Audience): Set<ProfileSection> {
  return new Set(PROFILE_SECTIONS.filter((section) => isVisibleTo(settings[section], audience)));
}
