import "server-only";
import { createHmac } from "node:crypto";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isBlockedBetween } from "@/lib/core/blocks";
import { parseInput } from "@/lib/validation";

const CRAWLER = /bot|crawl|spider|slurp|preview|facebookexternalhit|headless/i;

/** The UTC day a view counts for. */
export function viewDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * Counts a visit to someone's profile, once per viewer per day. An anonymous visitor is known only by a keyed
 * hash of their address and browser (changing daily, so it can't follow them); a member browsing in private
 * mode counts without their name. The owner's own visits, crawlers and members blocked either way don't count.
 */
export async function recordProfileView(
  profileId: string,
  viewer: Pick<Viewer, "id"> | null,
  request: { ip: string; userAgent: string | null },
  at = new Date(),
) {
  if (viewer?.id === profileId || CRAWLER.test(request.userAgent ?? "")) return;
  const day = viewDay(at);
  let viewerKey: string;
  let viewerId: string | null = null;
  if (viewer) {
    // members blocked either way don't exist for each other: not even as a visitor
    if (await isBlockedBetween(viewer.id, profileId)) return;
    const own = await db.profile.findUnique({
      where: { userId: viewer.id },
      select: { isPrivateBrowsing: true },
    });
    viewerKey = `m:${viewer.id}`;
    viewerId = own?.isPrivateBrowsing ? null : viewer.id;
  } else {
    const digest = createHmac("sha256", env().AUTH_SECRET)
      .update(`${day.toISOString()}|${request.ip}|${request.userAgent ?? ""}`)
      .digest("base64url");
    viewerKey = `a:${digest.slice(0, 22)}`;
  }
  await db.profileView.createMany({
    data: [{ profileId, viewerKey, viewerId, isMember: viewer !== null, day }],
    skipDuplicates: true,
  });
}

const ProfileVisitSchema = z.object({
  handle: z.string({ error: "invalid" }).min(1, "invalid").max(100, "invalid"),
});

/** A visit reported by the profile page itself (see ProfileViewBeacon); 404 when there is no such profile. */
export async function recordProfileVisit(
  viewer: Pick<Viewer, "id"> | null,
  input: { handle: unknown },
  request: { ip: string; userAgent: string | null },
) {
  const { handle } = parseInput(ProfileVisitSchema, input);
  const profile = await db.profile.findUnique({
    where: { handle: handle.toLowerCase() },
    select: { userId: true },
  });
  const isHidden = !profile || (viewer && (await isBlockedBetween(viewer.id, profile.userId)));
  if (isHidden) throw new AppError("not_found", "profile.notFound");
  await recordProfileView(profile.userId, viewer, request);
}
