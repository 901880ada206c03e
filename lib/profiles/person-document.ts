import "server-only";
import { db } from "@/lib/db";
import { imageUrl } from "@/lib/media/variants";
import type { Visibility } from "@/generated/prisma/enums";
import { readVisibility, visibleSections } from "@/lib/core/profile-visibility";
import { profileCompleteness } from "@/lib/profiles/completeness";
import { documentTerms, meaningsOf } from "@/lib/search/search-terms";
import { SCHOOL_NAME_GROUPS, TITLE_GROUPS } from "@/lib/search/synonyms";
import { countryNames } from "@/lib/search/search-terms";
import { chineseWords } from "@/lib/search/segment";
import { cityKeyOf, citySpellings } from "@/lib/i18n/cities";
import { companyKeyOf, pagesNamed } from "./company-keys";
import { idBatches, type SearchSource } from "@/lib/search/sources";

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/** Whole years since the earliest start date among these positions (null without any). */
export function experienceYearsOf(positions: { startDate: Date }[], now = Date.now()): number | null {
  if (!positions.length) return null;
  const first = Math.min(...positions.map((position) => position.startDate.getTime()));
  return Math.max(0, Math.floor((now - first) / YEAR_MS));
}

export type PersonDocument = {
  id: string;
  handle: string;
  name: string;
  headline: string;
  avatarUrl: string | null;
  about: string | null;
  /** the city's key (lib/i18n/cities.ts): one facet value for 杭州 and Hangzhou */
  city: string | null;
  /** the city as written, searched (synonyms find it by its other names; a typo, by the one written) */
  cityNames: string[];
  region: string | null;
  country: string | null;
  /** the country in English and Chinese, so 中国 and China both find it */
  countryNames: string[];
  industry: string | null;
  skills: string[];
  titles: string[];
  companies: string[];
  currentTitle: string | null;
  /** the headline's and current title's words in the other language (search-terms.ts meaningsOf) */
  meanings: string[];
  /** employers as keys (company-keys.ts): a company page's id, or the name as written */
  currentCompany: string | null;
  /** the current employer's name as the member wrote it */
  currentCompanyName: string | null;
  pastCompanies: string[];
  schools: string[];
  /** the schools' other names (浙江大学 → 浙大, Zhejiang University, ZJU), searched beside them */
  schoolMeanings: string[];
  openToWork: boolean;
  openToWorkTitles: string[];
  joinedAt: number;
  /** who may find the member: public, members, connections or only_me (lib/search/people-filter.ts) */
  findableBy: Visibility;
  /** the member's connections: for "connections only" findability and the viewer's degree */
  connectionIds: string[];
  /** the Chinese text cut into words (segment.ts) */
  segmented: string;
  /** what recruiters' boolean search matches on (lib/recruiter/search-terms.ts) */
  terms: string[];
  /** whole years since the first position the profile shows */
  experienceYears: number | null;
  /** open to work for recruiters only: shown to recruiters of verified companies other than its employers */
  openToWorkRecruiters: boolean;
  /** the company pages of the member's current positions (their recruiters never see the signal above) */
  currentCompanyIds: string[];
  /** how complete the profile is (0–100): candidate search shows the fullest first */
  profileScore: number;
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
            select: {
              title: true,
              companyName: true,
              companyId: true,
              startDate: true,
              endDate: true,
              company: { select: { nameZh: true, nameEn: true } },
            },
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
  const pages = await pagesNamed(
    users.flatMap(
      (user) => user.profile?.positions.filter((p) => !p.companyId).map((p) => p.companyName) ?? [],
    ),
  );
  return users.map(({ id, name, createdAt, connections, profile }) => {
    const p = profile!;
    const shows = visibleSections(readVisibility(p.visibility), "anonymous");
    const positions = shows.has("experience") ? p.positions : [];
    const current = positions.find((position) => position.endDate === null);
    const location = shows.has("location");
    const isOpenToWorkPublic = p.openToWork && p.openToWorkAudience === "everyone";
    const titles = [...new Set(positions.map((position) => position.title))];
    const companies = [
      ...new Set(
        positions.flatMap((position) => [
          position.companyName,
          ...(position.company ? [position.company.nameZh, position.company.nameEn] : []),
        ]),
      ),
    ].filter((company): company is string => !!company);
    const city = location ? cityKeyOf(p.city) : null;
    const about = shows.has("about") ? p.about : null;
    const skills = shows.has("skills") ? p.skills.map((s) => s.skill.name) : [];
    const schools = shows.has("education") ? [...new Set(p.education.map((e) => e.school))] : [];
    return {
      id,
      handle: p.handle,
      name,
      headline: p.headline,
      avatarUrl: shows.has("photo") && p.avatarKey ? imageUrl(p.avatarKey, "md") : null,
      about,
      city,
      cityNames: location && p.city ? [p.city] : [],
      region: location ? p.region : null,
      country: location ? p.country : null,
      countryNames: location && p.country ? countryNames(p.country) : [],
      industry: p.industry,
      skills,
      titles,
      companies,
      currentTitle: current?.title ?? null,
      meanings: meaningsOf([p.headline, current?.title], TITLE_GROUPS),
      currentCompany: current ? companyKeyOf(current, pages) : null,
      currentCompanyName: current?.companyName ?? null,
      pastCompanies: [
        ...new Set(
          positions
            .filter((position) => position.endDate !== null)
            .map((position) => companyKeyOf(position, pages)),
        ),
      ],
      schools,
      schoolMeanings: meaningsOf(schools, SCHOOL_NAME_GROUPS),
      openToWork: isOpenToWorkPublic,
      openToWorkTitles: isOpenToWorkPublic ? p.openToWorkTitles : [],
      joinedAt: createdAt.getTime(),
      findableBy: p.findableBy,
      connectionIds: connections.map((c) => c.otherId),
      segmented: chineseWords(p.headline, about, ...titles, ...companies),
      terms: documentTerms(
        name,
        p.headline,
        ...titles,
        ...companies,
        ...schools,
        ...skills,
        ...(city ? citySpellings(city) : []),
        location ? p.region : null,
      ),
      experienceYears: experienceYearsOf(positions),
      openToWorkRecruiters: p.openToWork && p.openToWorkAudience === "recruiters",
      currentCompanyIds: [
        ...new Set(p.positions.filter((x) => x.endDate === null && x.companyId).map((x) => x.companyId!)),
      ],
      profileScore: profileCompleteness({
        hasPhoto: shows.has("photo") && !!p.avatarKey,
        headline: p.headline,
        about: about ?? "",
        city: location ? p.city : null,
        country: location ? p.country : null,
        industry: p.industry,
        positionCount: positions.length,
        educationCount: schools.length,
        skillCount: skills.length,
        languageCount: 0,
        hasContact: false,
      }).percent,
    };
  });
}

/** The people index: one document per profile. */
export const PEOPLE_SOURCE: SearchSource = {
  entity: "person",
  build: buildPersonDocuments,
  count: () => db.profile.count(),
  idBatches: (size) =>
    idBatches(size, (after, take) =>
      db.profile
        .findMany({
          where: after ? { userId: { gt: after } } : {},
          orderBy: { userId: "asc" },
          take,
          select: { userId: true },
        })
        .then((rows) => rows.map((row) => row.userId)),
    ),
  follows: {
    "member.joined": ({ userId }) => person([userId]),
    "profile.changed": ({ userId, parts }) =>
      parts.some((part) => !PARTS_NOT_IN_DOCUMENT.has(part)) ? person([userId]) : null,
    // who may find each one, and their degrees
    "connection.made": ({ inviterId, inviteeId }) => person([inviterId, inviteeId]),
    "connection.ended": ({ userIds }) => person(userIds),
    "member.blocked": ({ blockerId, blockedId, wasConnected }) =>
      wasConnected ? person([blockerId, blockedId]) : null,
  },
};

/** Profile parts a person document does not hold (lib/core/domain-events.ts names them). */
const PARTS_NOT_IN_DOCUMENT: ReadonlySet<string> = new Set(["vouches"]);

const person = (ids: string[]) => ({ entity: "person" as const, ids });
