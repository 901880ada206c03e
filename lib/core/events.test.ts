import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/tests/helpers";
import type { DomainEventOf } from "./domain-events";
import { emit, registerSubscribers, transaction, type Subscriber } from "./events";

// The mechanism alone, with a subscriber of the test's own (the domains' wiring is put back after each test).
describe("domain events", () => {
  let heard: string[];
  let wiring: Subscriber[] | undefined;
  const probe: Subscriber = {
    name: "probe",
    inTransaction: {
      "member.followed": async (event, tx) => {
        heard.push(`in:${event.followeeId}`);
        await tx.notification.create({
          data: { recipientId: event.followeeId, actorId: event.followerId, kind: "endorsement" },
        });
      },
    },
    afterCommit: {
      "member.followed": async (event) => {
        // runs on another connection: the write must already be visible there
        const rows = await db.notification.count({ where: { recipientId: event.followeeId } });
        heard.push(`after:${rows}`);
      },
    },
  };

  beforeEach(() => {
    heard = [];
    wiring = registerSubscribers([probe]);
  });
  afterEach(() => {
    registerSubscribers(wiring ?? []);
  });

  const followed = (followerId: string, followeeId: string): DomainEventOf<"member.followed"> => ({
    type: "member.followed",
    followerId,
    followeeId,
  });

  it("runs in-transaction handlers with the writer's transaction, and after-commit ones once it committed", async () => {
    const [a, b] = [await createMember(), await createMember()];
    const result = await transaction(async (tx) => {
      await emit(tx, followed(a.id, b.id));
      expect(heard).toEqual([`in:${b.id}`]);
      return "done";
    });
    expect(result).toBe("done");
    expect(heard).toEqual([`in:${b.id}`, "after:1"]);
  });

  it("rolls the in-transaction writes back with the change, and runs nothing after a failed transaction", async () => {
    const [a, b] = [await createMember(), await createMember()];
    await expect(
      transaction(async (tx) => {
        await emit(tx, followed(a.id, b.id));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(heard).toEqual([`in:${b.id}`]);
    expect(await db.notification.count({ where: { recipientId: b.id } })).toBe(0);
  });

  it("refuses an event emitted in a transaction it did not open: its follow-ups would be lost", async () => {
    const [a, b] = [await createMember(), await createMember()];
    await expect(db.$transaction((tx) => emit(tx, followed(a.id, b.id)))).rejects.toThrow(
      "member.followed emitted outside transaction()",
    );
    expect(heard).toEqual([]);
  });
});
