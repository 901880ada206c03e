import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { blockMember } from "./blocks";
import {
  acceptInvitation,
  ignoreInvitation,
  INVITATIONS_PER_WEEK,
  sendInvitation,
  withdrawInvitation,
} from "./invitations";
import { relationshipBetween } from "./relationship";

const connectionRows = (a: string, b: string) =>
  db.connection.count({ where: { userId: { in: [a, b] }, otherId: { in: [a, b] } } });

async function invite(from: { id: string }, to: { handle: string }, note?: string) {
  const result = await sendInvitation(from, { handle: to.handle, note });
  if (result.status !== "sent") throw new Error("expected a new invitation");
  return result.invitationId;
}

describe("invitations", () => {
  it("one invites with a note, the other accepts: connected both ways, both told", async () => {
    const [ana, bo] = [await createMember(), await createMember()];
    const invitationId = await invite(ana, bo, "We met at 杭州 Tech Week — 很高兴认识你");
    expect(await db.invitation.findUnique({ where: { id: invitationId } })).toMatchObject({
      status: "pending",
      note: "We met at 杭州 Tech Week — 很高兴认识你",
    });
    expect(await db.notification.count({ where: { recipientId: bo.id, kind: "invitation_received" } })).toBe(
      1,
    );

    await acceptInvitation(bo, { invitationId });
    expect(await connectionRows(ana.id, bo.id)).toBe(2);
    expect((await relationshipBetween(ana.id, bo.id)).isConnected).toBe(true);
    expect((await relationshipBetween(bo.id, ana.id)).isConnected).toBe(true);
    expect(await db.notification.count({ where: { recipientId: ana.id, kind: "invitation_accepted" } })).toBe(
      1,
    );
    expect((await appErrorOf(sendInvitation(ana, { handle: bo.handle }))).messageKey).toBe(
      "network.alreadyConnected",
    );
  });

  it("refuses a second invitation, and connects at once when the other side had already invited", async () => {
    const [ana, bo] = [await createMember(), await createMember()];
    await invite(ana, bo);
    const twice = await appErrorOf(sendInvitation(ana, { handle: bo.handle }));
    expect([twice.code, twice.messageKey]).toEqual(["conflict", "network.alreadyInvited"]);
    expect(await sendInvitation(bo, { handle: ana.handle })).toEqual({ status: "connected" });
    expect(await connectionRows(ana.id, bo.id)).toBe(2);
  });

  it("ends in exactly one connection when both invite each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const [ana, bo] = [await createMember(), await createMember()];
      const results = await Promise.all([
        sendInvitation(ana, { handle: bo.handle }),
        sendInvitation(bo, { handle: ana.handle }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["connected", "sent"]);
      expect(await connectionRows(ana.id, bo.id)).toBe(2);
      expect(
        await db.invitation.count({ where: { senderId: { in: [ana.id, bo.id] }, status: "pending" } }),
      ).toBe(0);
    }
  });

  it("is accepted once however many times it is accepted at the same moment", async () => {
    const [ana, bo] = [await createMember(), await createMember()];
    const invitationId = await invite(ana, bo);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () => acceptInvitation(bo, { invitationId })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await connectionRows(ana.id, bo.id)).toBe(2);
    expect(await db.notification.count({ where: { recipientId: ana.id, kind: "invitation_accepted" } })).toBe(
      1,
    );
  });

  it("lets only the invited member accept or ignore, and only the sender withdraw", async () => {
    const [ana, bo, stranger] = [await createMember(), await createMember(), await createMember()];
    const invitationId = await invite(ana, bo);
    const refusals = [
      [await appErrorOf(acceptInvitation(null, { invitationId })), "unauthenticated", "unauthenticated"],
      [await appErrorOf(acceptInvitation(ana, { invitationId })), "forbidden", "network.notInvited"],
      [await appErrorOf(ignoreInvitation(ana, { invitationId })), "forbidden", "network.notInvited"],
      [await appErrorOf(withdrawInvitation(bo, { invitationId })), "forbidden", "network.notSender"],
      [
        await appErrorOf(acceptInvitation(stranger, { invitationId })),
        "not_found",
        "network.invitationNotFound",
      ],
      [await appErrorOf(acceptInvitation(bo, { invitationId: "not an id" })), "validation", "validation"],
    ] as const;
    for (const [error, code, key] of refusals) expect([error.code, error.messageKey]).toEqual([code, key]);
    expect(await db.invitation.findUnique({ where: { id: invitationId } })).toMatchObject({
      status: "pending",
    });
    expect(await connectionRows(ana.id, bo.id)).toBe(0);

    await withdrawInvitation(ana, { invitationId });
    expect((await appErrorOf(acceptInvitation(bo, { invitationId }))).messageKey).toBe(
      "network.invitationClosed",
    );
    const again = await invite(ana, bo);
    await ignoreInvitation(bo, { invitationId: again });
    expect(await db.invitation.findUnique({ where: { id: again } })).toMatchObject({ status: "ignored" });
    expect(await connectionRows(ana.id, bo.id)).toBe(0);
  });

  it("refuses oneself, anonymous callers, unknown and blocked members, and bad notes", async () => {
    const [ana, bo, blocker] = [await createMember(), await createMember(), await createMember()];
    await blockMember(blocker, { handle: ana.handle });
    const cases = [
      [await appErrorOf(sendInvitation(null, { handle: bo.handle })), "unauthenticated"],
      [await appErrorOf(sendInvitation(ana, { handle: ana.handle })), "forbidden"],
      [await appErrorOf(sendInvitation(ana, { handle: "no-such-member-here" })), "not_found"],
      [await appErrorOf(sendInvitation(ana, { handle: blocker.handle })), "not_found"],
      [await appErrorOf(sendInvitation(blocker, { handle: ana.handle })), "not_found"],
      [await appErrorOf(sendInvitation(ana, { handle: bo.handle, note: "x".repeat(301) })), "validation"],
      [
        await appErrorOf(sendInvitation(ana, { handle: bo.handle, note: "<script>alert(1)</script>" })),
        "validation",
      ],
    ] as const;
    for (const [error, code] of cases) expect(error.code).toBe(code);
    expect(await db.invitation.count({ where: { senderId: { in: [ana.id, blocker.id] } } })).toBe(0);
  });

  it("asks for the invitee's email when they want it", async () => {
    const [ana, bo] = [await createMember(), await createMember()];
    await db.profile.update({ where: { userId: bo.id }, data: { isEmailNeededToInvite: true } });
    const missing = await appErrorOf(sendInvitation(ana, { handle: bo.handle }));
    expect(missing.details.fields).toEqual({ email: "network.emailNeeded" });
    const wrong = await appErrorOf(sendInvitation(ana, { handle: bo.handle, email: "someone@else.example" }));
    expect(wrong.details.fields).toEqual({ email: "network.emailNeeded" });
    expect(await sendInvitation(ana, { handle: bo.handle, email: bo.email.toUpperCase() })).toMatchObject({
      status: "sent",
    });
  });

  it(`stops at ${INVITATIONS_PER_WEEK} invitations a week with a rate-limit error`, async () => {
    const ana = await createMember();
    const others = await Promise.all(Array.from({ length: 3 }, () => createMember()));
    await db.invitation.createMany({
      data: Array.from({ length: INVITATIONS_PER_WEEK }, (_, i) => ({
        senderId: ana.id,
        recipientId: others[i % 3]!.id,
        status: "withdrawn" as const,
      })),
    });
    const limited = await appErrorOf(sendInvitation(ana, { handle: (await createMember()).handle }));
    expect([limited.code, limited.messageKey]).toEqual(["rate_limited", "network.invitationLimit"]);
  });
});
