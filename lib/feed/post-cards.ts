import "server-only";
import type { Mention } from "./mentioned-members";
import type { Prisma, ReactionType } from "@/generated/prisma/client";
import type { Page } from "@/lib/api/pagination";
import { companyRolesOf } from "@/lib/companies/find-company";
import { hasCompanyRight } from "@/lib/companies/policy";
import type { CompanyRoleName } from "@/lib/companies/schemas";
import { db } from "@/lib/db";
import { imageUrl, imageUrls } from "@/lib/media/variants";
import { degreesFrom, type Degree } from "@/lib/network/degrees";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { blockedEitherWay } from "@/lib/core/blocks";
import { canComment, canRepost, canViewPost, NO_TIES, type ViewerTies } from "./policy";
import { REACTION_COLUMNS } from "./reactions";
import { toCompanyBadge } from "@/lib/companies/company-badge";

const POST_SELECT = {
  id: true,
  kind: true,
  authorId: true,
  text: true,
  audience: true,
  isCommentingOff: true,
  editedAt: true,
  deletedAt: true,
  createdAt: true,
  repostOfId: true,
  reactionCount: true,
  likeCount: true,
  celebrateCount: true,
  supportCount: true,
  insightfulCount: true,
  curiousCount: true,
  commentCount: true,
  repostCount: true,
  author: { select: PERSON_SELECT },
  companyId: true,
  company: { select: { slug: true, nameZh: true, nameEn: true, logoKey: true, verifiedAt: true } },
  images: { orderBy: { position: "asc" }, select: { imageKey: true, width: true, height: true, alt: true } },
  linkPreview: {
    select: { url: true, title: true, description: true, imageUrl: true, siteName: true, isFetched: true },
  },
  mentions: { select: { user: { select: { name: true, profile: { select: { handle: true } } } } } },
  article: {
    select: {
      slug: true,
      title: true,
      coverKey: true,
      readingMinutes: true,
      category: { select: { id: true, nameEn: true, nameZh: true } },
    },
  },
} satisfies Prisma.PostSelect;

type PostRow = Prisma.PostGetPayload<{ select: typeof POST_SELECT }>;

export type PostAuthor = Person & { degree: Degree | null };
export type PostCompany = {
  slug: string;
  nameZh: string | null;
  nameEn: string | null;
  logo: string | null;
  isVerified: boolean;
};

/** A post as feeds and pages show it to one viewer: only what that viewer may see, with their own state. */
export type PostCard = {
  id: string;
  kind: "post" | "article" | "repost";
  text: string;
  /** the members the text mentions by handle, shown by name (other handles stay plain text) */
  mentions: Mention[];
  audience: "anyone" | "connections";
  isCommentingOff: boolean;
  createdAt: string;
  editedAt: string | null;
  author: PostAuthor;
  /** the page it was posted as: shown as its author (the admin who wrote it stays unnamed) */
  company: PostCompany | null;
  images: { url: string; largeUrl: string; width: number; height: number; alt: string }[];
  link: {
    url: string;
    title: string;
    description: string | null;
    imageUrl: string | null;
    siteName: string | null;
  } | null;
  article: {
    slug: string;
    title: string;
    coverUrl: string | null;
    readingMinutes: number;
    category: { id: string; nameEn: string; nameZh: string } | null;
  } | null;
  /** the shared post of a repost; null when it was deleted or the viewer may not see it */
  repostOf: Omit<PostCard, "repostOf" | "viewer"> | null;
  counts: { reactions: number; comments: number; reposts: number; byType: Record<ReactionType, number> };
  viewer: {
    reaction: ReactionType | null;
    isSaved: boolean;
    isAuthor: boolean;
    canComment: boolean;
    canRepost: boolean;
  };
};

function toCardBody(
  row: PostRow,
  degrees: Map<string, Degree>,
  viewerId: string | null,
): Omit<PostCard, "repostOf" | "viewer"> {
  const preview = row.linkPreview;
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    mentions: row.mentions.flatMap((m) =>
      m.user.profile ? [{ handle: m.user.profile.handle, name: m.user.name }] : [],
    ),
    audience: row.audience,
    isCommentingOff: row.isCommentingOff,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    author: {
      ...toPerson(row.author),
      degree: viewerId === null || row.authorId === viewerId ? null : (degrees.get(row.authorId) ?? 3),
    },
    company: row.company && toCompanyBadge(row.company),
    images: row.images.map((image) => ({
      url: imageUrl(image.imageKey, "md"),
      largeUrl: imageUrl(image.imageKey, "lg"),
      width: image.width,
      height: image.height,
      alt: image.alt,
    })),
    link:
      preview?.isFetched && preview.title
        ? {
            url: preview.url,
            title: preview.title,
            description: preview.description,
            imageUrl: preview.imageUrl,
            siteName: preview.siteName ?? new URL(preview.url).hostname,
          }
        : null,
    article: row.article && {
      slug: row.article.slug,
      title: row.article.title,
      coverUrl: imageUrls("cover", row.article.coverKey)?.md ?? null,
      readingMinutes: row.article.readingMinutes,
      category: row.article.category,
    },
    counts: {
      reactions: row.reactionCount,
      comments: row.commentCount,
      reposts: row.repostCount,
      byType: Object.fromEntries(
        Object.entries(REACTION_COLUMNS).map(([type, column]) => [type, row[column]]),
      ) as Record<ReactionType, number>,
    },
  };
}

/** The viewer's ties from the authors' degrees (1st = connected) and the members blocked either way. */
function tiesOf(degrees: Map<string, Degree>, blockedIds: string[]): ViewerTies {
  const connectedIds = new Set([...degrees].filter(([, degree]) => degree === 1).map(([id]) => id));
  return { connectedIds, blockedIds: new Set(blockedIds) };
}

/**
 * Cards for these posts as the viewer may see them, in the given order; posts they may not see are left
 * out. Two rounds of queries for a whole page, whatever its size: the posts with what the viewer did to them,
 * then the authors' degrees.
 */
export async function loadPostCards(viewer: { id: string } | null, postIds: string[]): Promise<PostCard[]> {
  if (!postIds.length) return [];
  const [rows, reactions, saved, blockedIds] = await Promise.all([
    db.post.findMany({
      where: { id: { in: postIds } },
      select: { ...POST_SELECT, repostOf: { select: POST_SELECT } },
    }),
    viewer
      ? db.reaction.findMany({
          where: { userId: viewer.id, postId: { in: postIds } },
          select: { postId: true, type: true },
        })
      : [],
    viewer
      ? db.savedPost.findMany({
          where: { userId: viewer.id, postId: { in: postIds } },
          select: { postId: true },
        })
      : [],
    viewer ? blockedEitherWay(viewer.id) : [],
  ]);
  const authorIds = rows.flatMap((row) => [row.authorId, ...(row.repostOf ? [row.repostOf.authorId] : [])]);
  const [degrees, companyRoles] = viewer
    ? await Promise.all([
        degreesFrom(viewer.id, authorIds),
        companyRolesOf(
          viewer.id,
          rows.map((row) => row.companyId),
        ),
      ])
    : [new Map<string, Degree>(), new Map<string, CompanyRoleName>()];
  const isAuthorOf = (row: PostRow) =>
    row.companyId ? hasCompanyRight(companyRoles.get(row.companyId), "postAs") : viewer?.id === row.authorId;
  const ties = viewer ? tiesOf(degrees, blockedIds) : NO_TIES;
  const visible = rows.filter((row) => canViewPost(viewer, row, ties));
  const reactionOf = new Map(reactions.map((r) => [r.postId, r.type]));
  const savedIds = new Set(saved.map((s) => s.postId));
  const byId = new Map(
    visible.map((row): [string, PostCard] => {
      const original = row.repostOf && canViewPost(viewer, row.repostOf, ties) ? row.repostOf : null;
      return [
        row.id,
        {
          ...toCardBody(row, degrees, viewer?.id ?? null),
          repostOf: original && toCardBody(original, degrees, viewer?.id ?? null),
          viewer: {
            reaction: reactionOf.get(row.id) ?? null,
            isSaved: savedIds.has(row.id),
            isAuthor: isAuthorOf(row),
            canComment: canComment(viewer, row, ties),
            canRepost: canRepost(viewer, original ?? row, ties),
          },
        },
      ];
    }),
  );
  return postIds.flatMap((id) => byId.get(id) ?? []);
}

/** The cards of a page of rows that name posts (saved, under a hashtag…), in the page's order. */
export async function postCardPage(
  viewer: { id: string } | null,
  page: Page<{ postId: string }>,
): Promise<Page<PostCard>> {
  return {
    items: await loadPostCards(
      viewer,
      page.items.map((row) => row.postId),
    ),
    nextCursor: page.nextCursor,
  };
}
