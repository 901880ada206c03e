/**
 * What can happen in Renmai, as the use cases say it. A use case emits one of these inside its transaction
 * (lib/core/events.ts); subscribers declared by each domain turn it into search documents to rewrite, cached
 * pages to drop, notifications and queued jobs. The list is the contract between domains: a payload carries
 * ids and what changed, never a rendered view.
 */
export type DomainEvents = {
  /** a new account and its empty profile */
  "member.joined": { userId: string; handle: string };
  /**
   * The profile's own fields or sections changed. `parts` names them: profile fields (`name`, `headline`,
   * `handle`, `city`, `findableBy`, …), sections (`position`, `education`, `certification`, `language`,
   * `skills`), images (`avatar`, `banner`) and `vouches` (endorsements or recommendations hidden or shown).
   * `handles` holds the old handle too when it changed.
   */
  "profile.changed": { userId: string; handles: string[]; parts: string[] };

  "invitation.sent": { invitationId: string; senderId: string; recipientId: string };
  "connection.made": { invitationId: string; inviterId: string; inviteeId: string };
  "connection.ended": { userIds: [string, string] };
  "member.followed": { followerId: string; followeeId: string };
  "member.unfollowed": { followerId: string; followeeId: string };
  /** blocking also ends a connection between the two, when there was one */
  "member.blocked": { blockerId: string; blockedId: string; wasConnected: boolean };
  "skill.endorsed": { endorserId: string; memberId: string; profileSkillId: string };
  "endorsement.withdrawn": { endorserId: string; memberId: string };
  "recommendation.written": {
    recommendationId: string;
    authorId: string;
    recipientId: string;
    isNew: boolean;
  };
  "recommendation.deleted": { authorId: string; recipientId: string };

  "company.created": { companyId: string; slug: string };
  /**
   * What a page shows changed. `parts`: page fields by name (`nameZh`, `website`, `locations`, …), `logo`, `banner`,
   * `verifiedDomain`, `products`, `announcements`. `slugs` holds the old slug too when it changed.
   */
  "company.changed": { companyId: string; slugs: string[]; parts: string[] };
  "company.followed": { companyId: string; slug: string; followerId: string };
  "company.unfollowed": { companyId: string; slug: string; followerId: string };
  /** a member says they work at (or are a partner, customer… of) the page: its deciders are asked */
  "company.tie.claimed": { relationId: string; companyId: string; userId: string };
  /** `isNewlyApproved`: approved now, and not approved before */
  "company.tie.decided": {
    relationId: string;
    companyId: string;
    slug: string;
    userId: string;
    deciderId: string;
    isNewlyApproved: boolean;
  };
  /** withdrawn by the member, or approved by their verified work email */
  "company.tie.changed": { relationId: string; companyId: string; slug: string; userId: string };
  "company.role.offered": { offerId: string; companyId: string; userId: string; offeredById: string };

  "post.created": { postId: string; authorId: string; companySlug: string | null };
  "post.edited": { postId: string };
  "post.deleted": { postId: string };
  "post.reposted": { postId: string; originalId: string; reposterId: string; originalAuthorId: string };
  "post.reacted": { postId: string; reactorId: string; authorId: string };
  /** `parentAuthorId`: the author of the comment this one answers, if any */
  "comment.added": {
    commentId: string;
    postId: string;
    authorId: string;
    postAuthorId: string;
    parentAuthorId: string | null;
  };
  /** members mentioned in a post for the first time (an edit does not mention twice) */
  "members.mentioned": { postId: string; authorId: string; userIds: string[] };
  /** an article's post: written, published, given a cover or deleted */
  "article.changed": { articleId: string; postId: string; isDeleted: boolean };

  /** created or edited */
  "job.saved": { jobId: string };
  "job.status.changed": { jobId: string; status: "draft" | "open" | "paused" | "closed" };
  /** past their date (the worker closes them on a schedule) */
  "jobs.closed": { jobIds: string[] };
  "application.submitted": { applicationId: string; jobId: string; companyId: string; applicantId: string };
  /** moved to another stage by the hiring team (declined, too) */
  "applications.moved": { applications: { id: string; applicantId: string }[] };
};

export type DomainEventType = keyof DomainEvents;
export type DomainEventOf<T extends DomainEventType> = { type: T } & DomainEvents[T];
export type DomainEvent = { [T in DomainEventType]: DomainEventOf<T> }[DomainEventType];
