import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { hydrateCompanies, type CompanyResult } from "./find-companies";
import { finderOf, hydratePeople, type PersonResult, type SearchViewer } from "./find-people";
import { hydratePosts, type PostResult } from "./find-posts";
import { findableProfilesWhere } from "@/lib/profiles/findability";
import { MATCH_END, MATCH_START, toSegments } from "./highlight";
import type { Section } from "./plan";
import type { ResultType, SearchQuery } from "./search-query";
import { publicPostsWhere, visiblePostsWhere } from "@/lib/feed/post-visibility";

type Sections = {
  people: Section<PersonResult>;
  companies: Section<CompanyResult>;
  posts: Section<PostResult>;
};

/**
 * When Meilisearch can't answer: the same kinds of results from PostgreSQL, by the words as typed (no typos,
 * synonyms or facets), under the same rules of who may see what. The page says the results are limited.
 */
export async function searchInPostgres<T extends ResultType>(
  type: T,
  viewer: SearchViewer,
  query: SearchQuery,
  page: number,
): Promise<Sections[T]> {
  const words = wordsOf(query.q);
  /** every word in one of these fields (ILIKE, which the trigram indexes serve) */
  const everyWord = <W>(fields: (contains: Prisma.StringFilter) => W[]) =>
    words.map((word) => ({ OR: fields({ contains: word, mode: "insensitive" }) }));
  const skip = (page - 1) * query.limit;
  const take = query.limit + 1;
  const mark = (text: string | null | undefined) => toSegments(markMatches(text ?? "", words));

  if (type === "people") {
    const where: Prisma.ProfileWhereInput = {
      AND: [
        findableProfilesWhere(finderOf(viewer)),
        ...everyWord<Prisma.ProfileWhereInput>((contains) => [
          { user: { name: contains } },
          { headline: contains },
        ]),
      ],
    };
    const rows = await db.profile.findMany({
      where,
      orderBy: { createdAt: query.sort === "recent" ? "desc" : "asc" },
      skip,
      take,
      select: { userId: true },
    });
    const people = await hydratePeople(
      viewer,
      rows.map((row) => row.userId),
    );
    const hits = rows.slice(0, query.limit).flatMap((row) => {
      const person = people.get(row.userId);
      return person
        ? [{ ...person, highlight: { name: mark(person.name), headline: mark(person.headline) } }]
        : [];
    });
    return section(hits, rows.length > query.limit, page) as Sections[T];
  }
  if (type === "companies") {
    const rows = await db.company.findMany({
      where: {
        AND: everyWord<Prisma.CompanyWhereInput>((contains) => [
          { nameZh: contains },
          { nameEn: contains },
          { tagline: contains },
        ]),
      },
      orderBy: query.sort === "recent" ? { createdAt: "desc" } : { followerCount: "desc" },
      skip,
      take,
      select: { id: true },
    });
    const companies = await hydrateCompanies(rows.map((row) => row.id));
    const hits = rows.slice(0, query.limit).flatMap((row) => {
      const company = companies.get(row.id);
      return company
        ? [
            {
              ...company,
              highlight: {
                nameZh: mark(company.nameZh),
                nameEn: mark(company.nameEn),
                tagline: mark(company.tagline),
              },
            },
          ]
        : [];
    });
    return section(hits, rows.length > query.limit, page) as Sections[T];
  }
  const rows = await db.post.findMany({
    where: {
      kind: { in: ["post", "article"] },
      AND: [
        publicPostsWhere(),
        visiblePostsWhere(finderOf(viewer)),
        ...everyWord<Prisma.PostWhereInput>((contains) => [
          { text: contains },
          { article: { title: contains } },
        ]),
      ],
    },
    orderBy: { createdAt: "desc" },
    skip,
    take,
    select: { id: true, text: true },
  });
  const posts = await hydratePosts(
    viewer,
    rows.map((row) => row.id),
  );
  const hits = rows.slice(0, query.limit).flatMap((row) => {
    const post = posts.get(row.id);
    return post
      ? [
          {
            ...post,
            highlight: { title: mark(post.article?.title), text: mark(excerpt(row.text, words[0] ?? "")) },
          },
        ]
      : [];
  });
  return section(hits, rows.length > query.limit, page) as Sections[T];
}

function section<T>(hits: T[], hasMore: boolean, page: number): Section<T> {
  return { hits, total: hits.length, nextCursor: hasMore ? String(page + 1) : null, facets: {} };
}

/** The words of a query (at most 8), as typed. */
export function wordsOf(q: string): string[] {
  return q.split(/\s+/u).filter(Boolean).slice(0, 8);
}

/** The text with the words' occurrences marked as Meilisearch marks its matches. */
export function markMatches(text: string, words: string[]): string {
  if (!words.length) return text;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(escaped.join("|"), "giu");
  return text.replace(pattern, (match) => `${MATCH_START}${match}${MATCH_END}`);
}

/** About 40 words around the first match. */
function excerpt(text: string, q: string): string {
  const at = Math.max(0, text.toLowerCase().indexOf(q.toLowerCase()));
  const start = Math.max(0, at - 60);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + 200)}${start + 200 < text.length ? "…" : ""}`;
}
