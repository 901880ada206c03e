import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { imageUrls } from "@/lib/media/variants";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import { AdminInvitationRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** The page roles offered to the viewer, newest first, with who offered them. */
export async function listMyRoleOffers(viewer: Who) {
  assertSignedIn(viewer);
  const rows = await db.companyAdminInvitation.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      role: true,
      createdAt: true,
      invitedBy: { select: PERSON_SELECT },
      company: { select: { slug: true, nameZh: true, nameEn: true, logoKey: true } },
    },
  });
  return rows.map(({ company: { logoKey, ...company }, invitedBy, ...offer }) => ({
    ...offer,
    createdAt: offer.createdAt.toISOString(),
    invitedBy: toPerson(invitedBy),
    company: { ...company, logo: imageUrls("logo", logoKey) },
  }));
}

/** The viewer's own offer (someone else's is not found: offers are private to the member and the page). */
async function ownOffer(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { invitationId } = parseInput(AdminInvitationRefSchema, input);
  const offer = await db.companyAdminInvitation.findUnique({
    where: { id: invitationId },
    select: { id: true, userId: true, companyId: true, role: true, company: { select: { slug: true } } },
  });
  if (!offer || offer.userId !== viewer.id) throw new AppError("not_found", "company.invitationNotFound");
  return offer;
}

/** Takes the offered role: the member becomes an admin of the page with it. */
export async function acceptRoleOffer(viewer: Who, input: unknown) {
  const offer = await ownOffer(viewer, input);
  await db.$transaction(async (tx) => {
    await tx.companyAdmin.upsert({
      where: { companyId_userId: { companyId: offer.companyId, userId: offer.userId } },
      create: { companyId: offer.companyId, userId: offer.userId, role: offer.role },
      update: { role: offer.role },
    });
    await tx.companyAdminInvitation.delete({ where: { id: offer.id } });
  });
}

/** Turns the offered role down; the page's super admins may offer it again. */
export async function declineRoleOffer(viewer: Who, input: unknown) {
  const offer = await ownOffer(viewer, input);
  await db.companyAdminInvitation.deleteMany({ where: { id: offer.id } });
}
