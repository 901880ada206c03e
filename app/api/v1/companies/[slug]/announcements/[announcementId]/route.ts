// PATCH /api/v1/companies/:slug/announcements/:id {isPinned} — pin or unpin; DELETE — remove it
import { AppError } from "@/lib/errors";
import { memberRoute } from "@/lib/api/route";
import { deleteAnnouncement, pinAnnouncement } from "@/lib/companies/announcements";

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  const { isPinned } = await json();
  if (typeof isPinned !== "boolean")
    throw new AppError("validation", "validation", { fields: { isPinned: "invalid" } });
  await pinAnnouncement(viewer, { slug: params.slug }, { announcementId: params.announcementId }, isPinned);
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deleteAnnouncement(viewer, { slug: params.slug }, { announcementId: params.announcementId });
  return null;
});
