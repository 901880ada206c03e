import type { Settings } from "meilisearch";
import { STOP_WORDS, synonymMap } from "./synonyms";

/** What every index shares: bilingual synonyms and stop words, typos allowed on words long enough to have them. */
const COMMON = {
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  synonyms: synonymMap(),
  stopWords: STOP_WORDS,
  // Chinese words are two or three characters: a typo there is another word
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 1000 },
} satisfies Settings;

/**
 * Index settings are code: the worker applies them at start when they differ from what Meilisearch holds
 * (sync-indexes.ts). Searchable attributes are in ranked order: a match in an earlier one ranks higher.
 * `segmented` holds the Chinese text cut into words (documents/segment.ts), found where Meilisearch's own
 * segmentation misses a word inside a longer one.
 */
export const INDEXES = {
  people: {
    primaryKey: "id",
    settings: {
      ...COMMON,
      searchableAttributes: [
        "name",
        "handle",
        "headline",
        "currentTitle",
        "meanings",
        "skills",
        "titles",
        "companies",
        "schools",
        "schoolMeanings",
        "cityNames",
        "region",
        "countryNames",
        "openToWorkTitles",
        "about",
        "segmented",
      ],
      // findableBy + connectionIds: who may find the member (and the viewer's degree to them)
      filterableAttributes: [
        "id",
        "findableBy",
        "connectionIds",
        "industry",
        "country",
        "city",
        "skills",
        "currentCompany",
        "pastCompanies",
        "schools",
        "openToWork",
        // recruiter search (lib/recruiter): boolean terms, experience, the private open-to-work signal
        "terms",
        "experienceYears",
        "openToWorkRecruiters",
        "currentCompanyIds",
      ],
      sortableAttributes: ["joinedAt", "profileScore"],
    } satisfies Settings,
  },
  // public posts and published articles only (connections-only posts never reach the index); the author's name
  // is searchable only as far as the author may be found (find-posts.ts picks the fields per viewer)
  posts: {
    primaryKey: "id",
    settings: {
      ...COMMON,
      searchableAttributes: [
        "title",
        "hashtags",
        "text",
        "authorNameForEveryone",
        "authorNameForMembers",
        "segmented",
      ],
      filterableAttributes: ["authorId", "authorName", "authorFindableBy", "hashtags", "kind", "createdAt"],
      sortableAttributes: ["createdAt"],
    } satisfies Settings,
  },
  companies: {
    primaryKey: "id",
    settings: {
      ...COMMON,
      searchableAttributes: [
        "nameZh",
        "nameEn",
        "slug",
        "tagline",
        "specialties",
        "products",
        "industryNames",
        "cityNames",
        "segmented",
      ],
      filterableAttributes: ["id", "industry", "size", "type", "cities", "countries", "isVerified"],
      sortableAttributes: ["followerCount", "createdAt"],
    } satisfies Settings,
  },
  // open jobs only (documents/job.ts)
  jobs: {
    primaryKey: "id",
    settings: {
      ...COMMON,
      searchableAttributes: [
        "title",
        "titleMeanings",
        "skills",
        "companyNames",
        "cityNames",
        "countryNames",
        "description",
        "segmented",
      ],
      filterableAttributes: [
        "companyId",
        "city",
        "country",
        "workplace",
        "remoteCountries",
        "employmentType",
        "seniority",
        "salaryBands",
        "publishedAt",
      ],
      sortableAttributes: ["publishedAt"],
    } satisfies Settings,
  },
} as const;

export type IndexName = keyof typeof INDEXES;
