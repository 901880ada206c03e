import "server-only";
import { db } from "@/lib/db";
import { imageUrl } from "@/lib/media/variants";
import type { Visibility } from "@/generated/prisma/enums";
import { readVisibility, visibleSections } from "@/lib/profiles/visibility";
import { chineseWords } from "./segment";

const REGION_NAMES = ["en", "zh-CN"].map((locale) => new Intl.DisplayNames([locale], { type: "region" }));

export function countryNames(code: string): string[] {
  return REGION_NAMES.map((names) => names.of(code) ?? code);
}

export type PersonDocument = {
  id: string;
  handle: string;
  name: string;
  headline: string;
  avatarUrl: string | null;
  about: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  /** the country in English and Chinese, so 中国 and China both find it */
  countryNames: string[];
  industry: string | null;
  skills: string[];
  titles: string[];
  companies: string[];
  currentTitle: string | null;
  currentCompany: string | null;
  pastCompanies: string[];
  schools: string[];
  openToWork: boolean;
  openToWorkTitles: string[];
  joinedAt: number;
  /** who may find the member: public, members, connections or only_me (lib/search/people-filter.ts) */
  findableBy: Visibility;
  /** the member's connections: for "connections only" findability and the viewer's degree */
  connectionIds: string[];
  /** the Chinese text cut into words (segment.ts) */
  segmented: string;
};

/**
 * Search documents for people, built from the current rows (so replaying an event is harmless). Only what an
 * anonymous visitor may see goes in: a section the member shows to members, connections or nobody stays out,
 * and so do the email, phone and WeChat ID always.
 */
export async function buildPersonDocuments(ids: string[]): Promise<PersonDocument[]> {
  const users = await db.user.findMany({
    where: { id: { in: ids }, profile: { isNot: null } },
    select: {
      id: true,
      name: true,
      createdAt: true,
      connections: { select: { otherId: true }, orderBy: { otherId: "asc" } },
      profile: {
        select: {
          handle: true,
          headline: true,
          about: true,
          avatarKey: true,
          city: true,
          region: true,
          country: true,
          industry: true,
          openToWork: true,
          openToWorkAudience: true,
          openToWorkTitles: true,
          visibility: true,
          findableBy: true,
          positions: {
            orderBy: { sortOrder: "asc" },
            select: { title: true, companyName: true, endDate: true },
          },
          education: { orderBy: { sortOrder: "asc" }, select: { school: true } },
          skills: {
            orderBy: [{ isPinned: "desc" }, { sortOrder: "asc" }],
            select: { skill: { select: { name: true } } },
          },
        },
      },
    },
  });
  return users.map(({ id, name, createdAt, connections, profile }) => {
    const p = profile!;
    const shows = visibleSections(readVisibility(p.visibility), "anonymous");
    const positions = shows.has("experience") ? p.positions : [];
    const current = positions.find((position) => position.endDate === null);
    const location = shows.has("location");
    const isOpenToWorkPublic = p.openToWork && p.openToWorkAudience === "everyone";
    const titles = [...new Set(positions.map((position) => position.title))];
    const companies = [...new Set(positions.map((position) => position.companyName))];
    const about = shows.has("about") ? p.about : null;
    return {
      id,
      handle: p.handle,
      name,
      headline: p.headline,
      avatarUrl: shows.has("photo") && p.avatarKey ? imageUrl(p.avatarKey, "md") : null,
      about,
      city: location ? p.city : null,
      region: location ? p.region : null,
      country: location ? p.country : null,
      countryNames: location && p.country ? countryNames(p.country) : [],
      industry: p.industry,
      skills: shows.has("skills") ? p.skills.map((s) => s.skill.name) : [],
      titles,
      companies,
      currentTitle: current?.title ?? null,
      currentCompany: current?.companyName ?? null,
      pastCompanies: [
        ...new Set(
          positions.filter((position) => position.endDate !== null).map((position) => position.companyName),
        ),
      ],
      schools: shows.has("education") ? [...new Set(p.education.map((e) => e.school))] : [],
      openToWork: isOpenToWorkPublic,
      openToWorkTitles: isOpenToWorkPublic ? p.openToWorkTitles : [],
      joinedAt: createdAt.getTime(),
      findableBy: p.findableBy,
      connectionIds: connections.map((c) => c.otherId),
      segmented: chineseWords(p.headline, about, ...titles, ...companies),
    };
  });
}
