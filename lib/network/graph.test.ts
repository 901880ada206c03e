import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { blockMember, unblockMember } from "./blocks";
import { listConnections, removeConnection } from "./connections";
import { degreesFrom, mutualConnections } from "./degrees";
import { followMember } from "./follows";
import { sendInvitation } from "./invitations";
import { relationshipBetween } from "./relationship";
import { getProfile } from "@/lib/profiles/get-profile";
import { standingTowardHandle } from "./relationship";
import { reportMember } from "./reports";
import { updateProfile } from "@/lib/profiles/update-profile";

/** Connects members directly (the invitation flow has its own tests). */
async function connect(a: { id: string }, b: { id: string }) {
  await db.connection.createMany({
    data: [
      { userId: a.id, otherId: b.id },
      { userId: b.id, otherId: a.id },
    ],
  });
}

describe("degrees and mutual connections", () => {
  it("are 1st for a connection, 2nd through one in common, 3rd+ beyond, with the right mutual count", async () => {
    const [me, friend, friend2, friendOfFriend, far] = await Promise.all(
      Array.from({ length: 5 }, () => createMember()),
    );
    await connect(me!, friend!);
    await connect(me!, friend2!);
    await connect(friend!, friendOfFriend!);
    await connect(friend2!, friendOfFriend!);
    await connect(friendOfFriend!, far!);
    const degrees = await degreesFrom(me!.id, [friend!.id, friendOfFriend!.id, far!.id, me!.id]);
    expect(Object.fromEntries(degrees)).toEqual({ [friend!.id]: 1, [friendOfFriend!.id]: 2, [far!.id]: 3 });

    const mutual = await mutualConnections(me!.id, friendOfFriend!.id);
    expect(mutual.count).toBe(2);
    expect(mutual.people.map((p) => p.id).sort()).toEqual([friend!.id, friend2!.id].sort());
    expect((await mutualConnections(me!.id, far!.id)).count).toBe(0);
  });
});

describe("connections", () => {
  it("are listed newest first or by name, searched, paged, and removed for both sides", async () => {
    const me = await createMember();
    const names = ["Chen Jing", "王芳", "Ada Park"];
    const others = [];
    for (const name of names) {
      const other = await createMember({ name });
      await connect(me, other);
      others.push(other);
    }
    const recent = await listConnections(me, { limit: 2 });
    expect(recent.items.map((p) => p.name)).toEqual(["Ada Park", "王芳"]);
    const rest = await listConnections(me, { limit: 2, cursor: recent.nextCursor });
    expect(rest.items.map((p) => p.name)).toEqual(["Chen Jing"]);
    expect(rest.nextCursor).toBeNull();
    const byName = await listConnections(me, { sort: "name" });
    expect(byName.items.map((p) => p.name)).toEqual(["Ada Park", "Chen Jing", "王芳"]);
    expect((await listConnections(me, { q: "王" })).items.map((p) => p.name)).toEqual(["王芳"]);

    await removeConnection(me, { handle: others[0]!.handle });
    expect((await relationshipBetween(others[0]!.id, me.id)).isConnected).toBe(false);
    expect((await appErrorOf(removeConnection(me, { handle: others[0]!.handle }))).code).toBe("not_found");
    expect((await appErrorOf(listConnections(null, {}))).code).toBe("unauthenticated");
    expect((await appErrorOf(listConnections(me, { sort: "age" }))).code).toBe("validation");
  });
});

describe("blocking", () => {
  it("undoes the connection, invitations and follows, and hides each from the other", async () => {
    const [me, pest, other] = [await createMember(), await createMember(), await createMember()];
    await connect(me, pest);
    await followMember(pest, { handle: me.handle });
    await sendInvitation(other, { handle: pest.handle });
    await sendInvitation(pest, { handle: other.handle }); // connects them: crossing invitation
    await blockMember(me, { handle: pest.handle });

    const mine = await relationshipBetween(me.id, pest.id);
    const theirs = await relationshipBetween(pest.id, me.id);
    expect(mine).toMatchObject({ isConnected: false, isBlocked: true, isBlocking: true });
    expect(theirs).toMatchObject({
      isConnected: false,
      isBlocked: true,
      isBlocking: false,
      isFollowing: false,
    });
    expect((await appErrorOf(followMember(pest, { handle: me.handle }))).code).toBe("not_found");
    expect((await appErrorOf(sendInvitation(pest, { handle: me.handle }))).code).toBe("not_found");
    expect((await relationshipBetween(pest.id, other.id)).isConnected).toBe(true); // others are untouched

    await unblockMember(me, { handle: pest.handle });
    expect((await relationshipBetween(me.id, pest.id)).isBlocked).toBe(false);
    expect((await relationshipBetween(me.id, pest.id)).isConnected).toBe(false);
  });

  it("refuses oneself and anonymous callers", async () => {
    const me = await createMember();
    expect((await appErrorOf(blockMember(me, { handle: me.handle }))).code).toBe("forbidden");
    expect((await appErrorOf(blockMember(null, { handle: me.handle }))).code).toBe("unauthenticated");
    expect(await db.block.count({ where: { blockerId: me.id } })).toBe(0);
  });
});

describe("reports", () => {
  it("queue one entry per reporter and member, with a reason from the list", async () => {
    const [me, spammer] = [await createMember(), await createMember()];
    await reportMember(me, { handle: spammer.handle, reason: "spam", details: "Sends ads to everyone" });
    await reportMember(me, { handle: spammer.handle, reason: "scam" });
    const reports = await db.report.findMany({ where: { reporterId: me.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      subjectId: spammer.id,
      reason: "scam",
      status: "open",
      details: null,
    });
    expect((await appErrorOf(reportMember(me, { handle: spammer.handle, reason: "boring" }))).code).toBe(
      "validation",
    );
    expect((await appErrorOf(reportMember(null, { handle: spammer.handle, reason: "spam" }))).code).toBe(
      "unauthenticated",
    );
  });
});

describe("what a profile shows to connections and to blocked members", () => {
  it("connections see connections-only parts, other members don't, blocked members get not found", async () => {
    const [owner, friend, member, blocked] = await Promise.all(
      Array.from({ length: 4 }, () => createMember()),
    );
    await updateProfile(owner!, owner!.handle, {
      phone: "+86 139 5555 6666",
      visibility: { phone: "connections" },
    });
    await connect(owner!, friend!);
    await blockMember(owner!, { handle: blocked!.handle });

    expect((await getProfile(friend!, owner!.handle)).contact.phone).toBe("+86 139 5555 6666");
    expect((await getProfile(member!, owner!.handle)).contact.phone).toBeNull();
    expect((await getProfile("member", owner!.handle)).contact.phone).toBeNull();
    expect((await appErrorOf(getProfile(blocked!, owner!.handle))).code).toBe("not_found");

    expect(await standingTowardHandle(friend!.id, owner!.handle.toUpperCase())).toEqual({
      isConnected: true,
      isBlocked: false,
    });
    expect(await standingTowardHandle(blocked!.id, owner!.handle)).toEqual({
      isConnected: false,
      isBlocked: true,
    });
    expect(await standingTowardHandle(owner!.id, blocked!.handle)).toEqual({
      isConnected: false,
      isBlocked: true,
    });
    expect(await standingTowardHandle(member!.id, "no-one-here")).toEqual({
      isConnected: false,
      isBlocked: false,
    });
  });
});
