// GET /api/v1/companies/:slug/announcements — the page's announcements, the pinned one first;
// POST {title, body?, linkUrl?, isPinned?} — a new one, pinned unless told otherwise (page and content admins)
import { memberRoute, publicRoute } from "@/lib/api/route";
import { createAnnouncement, listAnnouncements } from "@/lib/companies/announcements";

export const GET = publicRoute(async ({ viewer, params }) => ({
  items: await listAnnouncements(viewer, { slug: params.slug }),
}));

export const POST = memberRoute(async ({ viewer, params, json }) =>
  createAnnouncement(viewer, { slug: params.slug }, await json()),
);
