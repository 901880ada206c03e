import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { blockMember } from "./blocks";
import { sendInvitation } from "./invitations";
import { dismissSuggestion, listSuggestions, refreshSuggestions } from "./suggestions";

async function connect(a: { id: string }, b: { id: string }) {
  await db.connection.createMany({
    data: [
      { userId: a.id, otherId: b.id },
      { userId: b.id, otherId: a.id },
    ],
  });
}

async function workAt(member: { id: string }, companyName: string, isCurrent = true) {
  await db.position.create({
    data: {
      profileId: member.id,
      companyName,
      title: "Engineer",
      startDate: new Date("2020-01-01"),
      endDate: isCurrent ? null : new Date("2022-01-01"),
      sortOrder: 0,
    },
  });
}

const members = (count: number) => Promise.all(Array.from({ length: count }, () => createMember()));

describe("People You May Know", () => {
  it("ranks colleagues, friends of friends, classmates and neighbours, and says why", async () => {
    const tag = randomUUID().slice(0, 8);
    const [me, f1, f2, twoMutual, oneMutual, colleague, pastColleague, classmate, neighbour, stranger] =
      await members(10);
    await connect(me!, f1!);
    await connect(me!, f2!);
    await connect(f1!, twoMutual!);
    await connect(f2!, twoMutual!);
    await connect(f1!, oneMutual!);
    await workAt(me!, `Acme ${tag}`);
    await workAt(colleague!, `Acme ${tag}`);
    await workAt(me!, `Initech ${tag}`, false);
    await workAt(pastColleague!, `Initech ${tag}`);
    await db.education.createMany({
      data: [me!, classmate!].map((m) => ({ profileId: m.id, school: `School ${tag}`, sortOrder: 0 })),
    });
    await db.profile.updateMany({
      where: { userId: { in: [me!.id, neighbour!.id] } },
      data: { city: `City ${tag}`, industry: "software" },
    });

    const { items } = await listSuggestions(me!, {});
    const ids = items.map((item) => item.person.id);
    expect(ids.slice(0, 6)).toEqual([
      colleague!.id, // current colleague: 8
      pastColleague!.id, // worked there too: 5
      classmate!.id, // 4
      twoMutual!.id, // 2
      neighbour!.id, // same city and industry: 2
      oneMutual!.id, // 1
    ]);
    expect(ids).not.toContain(stranger!.id);
    expect(ids).not.toContain(f1!.id);
    const two = items.find((item) => item.person.id === twoMutual!.id)!;
    expect(two).toMatchObject({ degree: 2, mutualCount: 2, reasons: [{ kind: "mutual", count: 2 }] });
    expect(two.mutualFaces.map((face) => face.id).sort()).toEqual([f1!.id, f2!.id].sort());
    expect(items[0]).toMatchObject({
      degree: 3,
      reasons: [{ kind: "company", name: `Acme ${tag}`, isCurrent: true }],
    });
    expect(items[1]!.reasons[0]).toEqual({ kind: "company", name: `Initech ${tag}`, isCurrent: false });
    expect(items[4]!.reasons).toEqual([{ kind: "industryAndCity", city: `City ${tag}` }]);
  });

  it("are stored: new connections drop out at once, their connections come in when refreshed", async () => {
    const [me, friend, friendOfFriend, newFriend, newFriendsFriend] = await members(5);
    await connect(me!, friend!);
    await connect(friend!, friendOfFriend!);
    await connect(newFriend!, newFriendsFriend!);
    const ids = async () => (await listSuggestions(me!, {})).items.map((item) => item.person.id);
    expect(await ids()).toEqual([friendOfFriend!.id]);

    await connect(me!, friendOfFriend!);
    await connect(me!, newFriend!);
    expect(await ids()).toEqual([]); // read from the stored ranking, less the new connections
    await refreshSuggestions(me!.id); // what the queued job does
    expect(await ids()).toEqual([newFriendsFriend!.id]);
  });

  it("leaves out pending invitations either way, blocks either way and dismissed people", async () => {
    const [me, friend, invited, inviter, blocked, blocker, dismissed, kept] = await members(8);
    await connect(me!, friend!);
    for (const other of [invited, inviter, blocked, blocker, dismissed, kept]) await connect(friend!, other!);
    await sendInvitation(me!, { handle: invited!.handle });
    await sendInvitation(inviter!, { handle: me!.handle });
    await blockMember(me!, { handle: blocked!.handle });
    await blockMember(blocker!, { handle: me!.handle });
    await dismissSuggestion(me!, { handle: dismissed!.handle });
    await dismissSuggestion(me!, { handle: dismissed!.handle }); // twice is harmless

    const { items } = await listSuggestions(me!, {});
    expect(items.map((item) => item.person.id)).toEqual([kept!.id]);
  });

  it("is for members only, and one can't dismiss oneself or a member who blocked one", async () => {
    const [me, blocker] = await members(2);
    await blockMember(blocker!, { handle: me!.handle });
    expect((await appErrorOf(listSuggestions(null, {}))).code).toBe("unauthenticated");
    expect((await appErrorOf(dismissSuggestion(null, { handle: blocker!.handle }))).code).toBe(
      "unauthenticated",
    );
    expect((await appErrorOf(dismissSuggestion(me!, { handle: me!.handle }))).code).toBe("forbidden");
    expect((await appErrorOf(dismissSuggestion(me!, { handle: blocker!.handle }))).code).toBe("not_found");
    expect((await appErrorOf(listSuggestions(me!, { limit: 500 }))).code).toBe("validation");
    expect(await db.suggestionDismissal.count({ where: { userId: me!.id } })).toBe(0);
  });
});
