import "server-only";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import type { Subscriber } from "@/lib/core/events";
import { COMPANY_RIGHTS } from "@/lib/companies/policy";
import { membersWanting } from "./settings";

/**
 * Who hears of what: the notification rows each event writes, in its transaction. Nobody hears of their own act,
 * nor of a kind they switched off (lib/notifications/settings.ts).
 */
export const NOTIFICATIONS: Subscriber = {
  name: "notifications",
  inTransaction: {
    "invitation.sent": (e, tx) =>
      tell(tx, [e.recipientId], "invitation_received", e.senderId, e.invitationId),
    "connection.made": (e, tx) => tell(tx, [e.inviterId], "invitation_accepted", e.inviteeId),
    "skill.endorsed": (e, tx) => tell(tx, [e.memberId], "endorsement", e.endorserId, e.profileSkillId),
    "recommendation.written": (e, tx) =>
      e.isNew ? tell(tx, [e.recipientId], "recommendation", e.authorId, e.recommendationId) : undefined,
    "company.tie.claimed": async (e, tx) => {
      const deciders = await tx.companyAdmin.findMany({
        where: { companyId: e.companyId, role: { in: [...COMPANY_RIGHTS.decideRelations] } },
        select: { userId: true },
      });
      await tell(
        tx,
        deciders.map((d) => d.userId),
        "company_relation_request",
        e.userId,
        e.relationId,
      );
    },
    "company.tie.decided": (e, tx) =>
      e.isNewlyApproved
        ? tell(tx, [e.userId], "company_relation_approved", e.deciderId, e.relationId)
        : undefined,
    "company.role.offered": (e, tx) =>
      tell(tx, [e.userId], "company_admin_invitation", e.offeredById, e.offerId),
    "post.reposted": (e, tx) => tell(tx, [e.originalAuthorId], "repost", e.reposterId, e.originalId),
    "post.reacted": (e, tx) => tell(tx, [e.authorId], "post_reaction", e.reactorId, e.postId),
    "comment.added": async (e, tx) => {
      await tell(tx, [e.postAuthorId], "post_comment", e.authorId, e.postId);
      // the post's author already heard of it
      if (e.parentAuthorId && e.parentAuthorId !== e.postAuthorId)
        await tell(tx, [e.parentAuthorId], "comment_reply", e.authorId, e.postId);
    },
    "members.mentioned": (e, tx) => tell(tx, e.userIds, "mention", e.authorId, e.postId),
    "application.submitted": async (e, tx) => {
      const team = await tx.companyAdmin.findMany({
        where: { companyId: e.companyId, role: { in: [...COMPANY_RIGHTS.hire] } },
        select: { userId: true },
      });
      await tell(
        tx,
        team.map((member) => member.userId),
        "application_received",
        e.applicantId,
        e.applicationId,
      );
    },
    // one line per application, at its latest move: two quick moves do not read as two identical news
    "applications.moved": async (e, tx) => {
      const applicationIds = e.applications.map((application) => application.id);
      await tx.notification.deleteMany({
        where: { kind: "application_stage", subjectId: { in: applicationIds } },
      });
      const wanting = new Set(
        await membersWanting(
          tx,
          e.applications.map((application) => application.applicantId),
          "application_stage",
          "inApp",
        ),
      );
      await tx.notification.createMany({
        data: e.applications
          .filter((application) => wanting.has(application.applicantId))
          .map((application) => ({
            recipientId: application.applicantId,
            kind: "application_stage" as const,
            subjectId: application.id,
          })),
      });
    },
  },
};

async function tell(
  tx: Prisma.TransactionClient,
  recipientIds: string[],
  kind: NotificationKind,
  actorId: string,
  subjectId?: string,
) {
  const others = recipientIds.filter((recipientId) => recipientId !== actorId);
  const data = (await membersWanting(tx, others, kind, "inApp")).map((recipientId) => ({
    recipientId,
    kind,
    actorId,
    subjectId,
  }));
  if (data.length) await tx.notification.createMany({ data });
}
