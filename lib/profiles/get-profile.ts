import "server-only";
import { inDateOrder } from "./entry-order";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { imageUrls } from "@/lib/media/variants";
import { audienceFor, type ProfileReader } from "./audience";
import {
  PROFILE_SECTIONS,
  readVisibility,
  visibleSections,
  type Audience,
  type ProfileSection,
  type VisibilitySettings,
} from "@/lib/core/profile-visibility";

const PROFILE_SELECT = {
  userId: true,
  handle: true,
  headline: true,
  about: true,
  pronouns: true,
  city: true,
  region: true,
  country: true,
  industry: true,
  avatarKey: true,
  bannerKey: true,
  contactEmail: true,
  phone: true,
  wechatId: true,
  website: true,
  openToWork: true,
  openToWorkTitles: true,
  openToWorkLocations: true,
  openToWorkWorkplaces: true,
  openToWorkAudience: true,
  visibility: true,
  isPrivateBrowsing: true,
  isEmailNeededToInvite: true,
  findableBy: true,
  interests: true,
  updatedAt: true,
  positions: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      companyName: true,
      title: true,
      employmentType: true,
      location: true,
      startDate: true,
      endDate: true,
      description: true,
      company: { select: { slug: true, logoKey: true } },
    },
  },
  education: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      school: true,
      degree: true,
      fieldOfStudy: true,
      startYear: true,
      endYear: true,
      description: true,
    },
  },
  skills: {
    orderBy: [{ isPinned: "desc" }, { sortOrder: "asc" }],
    select: {
      id: true,
      isPinned: true,
      skill: { select: { name: true } },
      _count: { select: { endorsements: { where: { isHidden: false } } } },
    },
  },
  certifications: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      name: true,
      issuer: true,
      issuedOn: true,
      expiresOn: true,
      credentialId: true,
      credentialUrl: true,
    },
  },
  languages: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, proficiency: true } },
  accomplishments: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      kind: true,
      title: true,
      organization: true,
      url: true,
      startDate: true,
      endDate: true,
      description: true,
      keywords: true,
    },
  },
  user: {
    select: {
      name: true,
      recommendationsGot: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: {
          id: true,
          relationship: true,
          body: true,
          isHidden: true,
          createdAt: true,
          author: { select: { name: true, profile: { select: { handle: true, headline: true } } } },
        },
      },
    },
  },
} satisfies Prisma.ProfileSelect;

/** The profile row with everything on it, whoever asks: never return it to a viewer as it is. */
const unsafeLoadProfile = cache(async (handle: string) => {
  const row = await db.profile.findUnique({
    where: { handle: handle.toLowerCase() },
    select: PROFILE_SELECT,
  });
  return row && inListOrder(row);
});

/** The row's lists as they show: in date order, the Accomplishment table as its four lists. */
function inListOrder(row: Prisma.ProfileGetPayload<{ select: typeof PROFILE_SELECT }>) {
  return {
    ...row,
    positions: inDateOrder("position", row.positions),
    education: inDateOrder("education", row.education),
    certifications: inDateOrder("certification", row.certifications),
    ...accomplishmentLists(row.accomplishments),
  };
}

type AccomplishmentRow = Prisma.AccomplishmentGetPayload<{
  select: (typeof PROFILE_SELECT)["accomplishments"]["select"];
}>;

/** The one Accomplishment table as the profile's four lists, each in date order. */
function accomplishmentLists(rows: AccomplishmentRow[]) {
  const of = (kind: AccomplishmentRow["kind"]) =>
    inDateOrder(
      kind,
      rows.filter((row) => row.kind === kind),
    );
  return {
    projects: of("project"),
    volunteering: of("volunteering"),
    honors: of("honor"),
    publications: of("publication"),
  };
}

type ProfileRow = NonNullable<Awaited<ReturnType<typeof unsafeLoadProfile>>>;

/** What one viewer may see of a profile: hidden sections are null (or absent from contact). */
export type ProfileForViewer = ReturnType<typeof shapeProfile>;

function hasContent(row: ProfileRow, section: ProfileSection): boolean {
  const filled: Record<ProfileSection, unknown> = {
    photo: row.avatarKey,
    about: row.about,
    location: row.city || row.region || row.country,
    experience: row.positions.length,
    education: row.education.length,
    skills: row.skills.length,
    certifications: row.certifications.length,
    languages: row.languages.length,
    projects: row.projects.length,
    volunteering: row.volunteering.length,
    honors: row.honors.length,
    publications: row.publications.length,
    interests: row.interests.length,
    email: row.contactEmail,
    phone: row.phone,
    wechat: row.wechatId,
    website: row.website,
  };
  return !!filled[section];
}

function shapeProfile(row: ProfileRow, audience: Audience) {
  const settings = readVisibility(row.visibility);
  const shows = visibleSections(settings, audience);
  const isSelf = audience === "self";
  const current = row.positions.find((p) => p.endDate === null) ?? null;
  const contact = {
    email: shows.has("email") ? row.contactEmail : null,
    phone: shows.has("phone") ? row.phone : null,
    wechatId: shows.has("wechat") ? row.wechatId : null,
    website: shows.has("website") ? row.website : null,
  };
  // "recruiters only" is shown on the profile to the member alone: recruiters of verified companies (not their
  // employer's) see it in candidate search and talent projects (lib/recruiter/open-to-work.ts)
  const isOpenToWorkShown = row.openToWork && (isSelf || row.openToWorkAudience === "everyone");
  return {
    userId: row.userId,
    handle: row.handle,
    name: row.user.name,
    headline: row.headline,
    pronouns: row.pronouns,
    audience,
    isSelf,
    /** some part is kept from this viewer (worth signing in or connecting for) */
    isPartial: PROFILE_SECTIONS.some((section) => !shows.has(section) && hasContent(row, section)),
    avatar: shows.has("photo") ? imageUrls("avatar", row.avatarKey) : null,
    banner: imageUrls("banner", row.bannerKey),
    about: shows.has("about") ? row.about : null,
    location: shows.has("location") ? { city: row.city, region: row.region, country: row.country } : null,
    industry: row.industry,
    currentPosition:
      shows.has("experience") && current ? { title: current.title, companyName: current.companyName } : null,
    contact,
    hasContact: Object.values(contact).some(Boolean),
    openToWork: isOpenToWorkShown
      ? {
          titles: row.openToWorkTitles,
          locations: row.openToWorkLocations,
          workplaces: row.openToWorkWorkplaces,
          audience: row.openToWorkAudience,
        }
      : null,
    positions: shows.has("experience") ? row.positions : null,
    education: shows.has("education") ? row.education : null,
    skills: shows.has("skills")
      ? row.skills.map((s) => ({
          id: s.id,
          name: s.skill.name,
          isPinned: s.isPinned,
          endorsementCount: s._count.endorsements,
        }))
      : null,
    certifications: shows.has("certifications") ? row.certifications : null,
    languages: shows.has("languages") ? row.languages : null,
    projects: shows.has("projects") ? row.projects : null,
    volunteering: shows.has("volunteering") ? row.volunteering : null,
    honors: shows.has("honors") ? row.honors : null,
    publications: shows.has("publications") ? row.publications : null,
    interests: shows.has("interests") ? row.interests : null,
    // what connections wrote is public; the member may hide any of it (and still sees it, marked hidden)
    recommendations: row.user.recommendationsGot
      .filter((r) => isSelf || !r.isHidden)
      .map((r) => ({
        id: r.id,
        relationship: r.relationship,
        body: r.body,
        isHidden: r.isHidden,
        createdAt: r.createdAt,
        author: {
          name: r.author.name,
          handle: r.author.profile?.handle ?? null,
          headline: r.author.profile?.headline ?? "",
        },
      })),
    /** the member's own settings, for their edit controls only */
    settings: isSelf
      ? {
          visibility: settings,
          isPrivateBrowsing: row.isPrivateBrowsing,
          isEmailNeededToInvite: row.isEmailNeededToInvite,
          findableBy: row.findableBy,
        }
      : null,
    updatedAt: row.updatedAt,
  };
}

/** The profile at /in/<handle> as this reader may see it; 404 when there is none. */
export async function getProfile(reader: ProfileReader, handle: string) {
  const row = await unsafeLoadProfile(handle);
  if (!row) throw new AppError("not_found", "profile.notFound");
  return shapeProfile(row, await audienceFor(reader, row.userId));
}

/** The viewer's own profile, everything included. */
export async function getOwnProfile(viewer: Pick<Viewer, "id">) {
  const row = await db.profile.findUnique({ where: { userId: viewer.id }, select: PROFILE_SELECT });
  if (!row) throw new AppError("not_found", "profile.notFound");
  return shapeProfile(inListOrder(row), "self");
}

export type { VisibilitySettings };
