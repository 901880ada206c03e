import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { emit, transaction } from "@/lib/core/events";
import { parseInput } from "@/lib/validation";
import { assertCanEditProfile } from "./policy";
import {
  AccomplishmentSchema,
  CertificationSchema,
  EducationSchema,
  EntryIdSchema,
  LanguageSchema,
  MoveSchema,
  PositionSchema,
  type AccomplishmentKind,
} from "./schemas";
import { findOwnerOrThrow } from "@/lib/profiles/profile-owner";
import { canSwapEntries, inDateOrder } from "./entry-order";

// Experience, education, certifications, languages, projects, volunteering, honours and publications: lists in date order that the member orders by hand where
// the dates tie (lib/profiles/entry-order.ts). One set of use cases serves them all.

/** The part of a Prisma model delegate these use cases need (every entry table has the same shape). */
type EntryDelegate = {
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: {
    where: { id: string; profileId: string };
    data: Record<string, unknown>;
  }): Promise<{ count: number }>;
  deleteMany(args: { where: { id: string; profileId: string } }): Promise<{ count: number }>;
  count(args: { where: { profileId: string } }): Promise<number>;
  findMany(args: {
    where: { profileId: string };
    orderBy: { sortOrder: "asc" };
  }): Promise<{ id: string; sortOrder: number }[]>;
  aggregate(args: {
    where: { profileId: string };
    _min: { sortOrder: true };
    _max: { sortOrder: true };
  }): Promise<{ _min: { sortOrder: number | null }; _max: { sortOrder: number | null } }>;
};

/** One kind's rows of the shared Accomplishment table, as if it were a table of its own. */
function accomplishmentsOf(tx: Prisma.TransactionClient, kind: AccomplishmentKind): EntryDelegate {
  const table = tx.accomplishment as unknown as EntryDelegate;
  const scoped = <A extends { where: object }>(args: A) => ({ ...args, where: { ...args.where, kind } });
  return {
    create: (args) => table.create({ ...args, data: { ...args.data, kind } }),
    updateMany: (args) => table.updateMany(scoped(args)),
    deleteMany: (args) => table.deleteMany(scoped(args)),
    count: (args) => table.count(scoped(args)),
    findMany: (args) => table.findMany(scoped(args)),
    aggregate: (args) => table.aggregate(scoped(args)),
  };
}

const accomplishment = (kind: AccomplishmentKind) =>
  ({
    schema: AccomplishmentSchema,
    max: 50,
    newAt: "top",
    table: (tx: Prisma.TransactionClient) => accomplishmentsOf(tx, kind),
  }) as const;

const ENTRY_KINDS = {
  position: { schema: PositionSchema, max: 50, newAt: "top", table: (tx) => tx.position },
  education: { schema: EducationSchema, max: 20, newAt: "top", table: (tx) => tx.education },
  certification: { schema: CertificationSchema, max: 50, newAt: "top", table: (tx) => tx.certification },
  language: { schema: LanguageSchema, max: 20, newAt: "bottom", table: (tx) => tx.profileLanguage },
  project: accomplishment("project"),
  volunteering: accomplishment("volunteering"),
  honor: accomplishment("honor"),
  publication: accomplishment("publication"),
} satisfies Record<
  string,
  {
    schema: z.ZodType;
    max: number;
    newAt: "top" | "bottom";
    table: (tx: Prisma.TransactionClient) => unknown;
  }
>;

export type EntryKind = keyof typeof ENTRY_KINDS;
export type EntryInput<K extends EntryKind> = z.input<(typeof ENTRY_KINDS)[K]["schema"]>;

function tableOf(kind: EntryKind, tx: Prisma.TransactionClient): EntryDelegate {
  return ENTRY_KINDS[kind].table(tx) as unknown as EntryDelegate;
}

/** The kind, checked: server actions and routes pass it through from the request. */
function kindOf<K extends EntryKind>(kind: K): (typeof ENTRY_KINDS)[K] {
  if (!Object.hasOwn(ENTRY_KINDS, kind)) throw new AppError("not_found");
  return ENTRY_KINDS[kind];
}

async function inOwnersProfile<T>(
  viewer: Viewer | null,
  handle: string,
  kind: EntryKind,
  change: (tx: Prisma.TransactionClient, profileId: string) => Promise<T>,
): Promise<T> {
  const owner = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, owner.userId);
  return transaction(async (tx) => {
    const changed = await change(tx, owner.userId);
    await tx.profile.update({ where: { userId: owner.userId }, data: { updatedAt: new Date() } });
    await emit(tx, { type: "profile.changed", userId: owner.userId, handles: [owner.handle], parts: [kind] });
    return changed;
  });
}

/** Adds an entry at the top (experience, education, certifications) or the bottom (languages). */
export async function addEntry<K extends EntryKind>(
  viewer: Viewer | null,
  handle: string,
  kind: K,
  input: unknown,
): Promise<{ id: string }> {
  const { schema, max, newAt } = kindOf(kind);
  const data = parseInput(schema, input) as Record<string, unknown>;
  return inOwnersProfile(viewer, handle, kind, async (tx, profileId) => {
    const table = tableOf(kind, tx);
    if ((await table.count({ where: { profileId } })) >= max) {
      throw new AppError("validation", "entries.tooMany", { values: { max } });
    }
    const { _min, _max } = await table.aggregate({
      where: { profileId },
      _min: { sortOrder: true },
      _max: { sortOrder: true },
    });
    const sortOrder = newAt === "top" ? (_min.sortOrder ?? 1) - 1 : (_max.sortOrder ?? -1) + 1;
    return table.create({ data: { ...data, profileId, sortOrder }, select: { id: true } });
  });
}

/** Replaces an entry's fields. */
export async function updateEntry(
  viewer: Viewer | null,
  handle: string,
  kind: EntryKind,
  id: unknown,
  input: unknown,
) {
  const entryId = parseInput(EntryIdSchema, id);
  const data = parseInput(kindOf(kind).schema, input) as Record<string, unknown>;
  await inOwnersProfile(viewer, handle, kind, async (tx, profileId) => {
    const { count } = await tableOf(kind, tx).updateMany({ where: { id: entryId, profileId }, data });
    if (count === 0) throw new AppError("not_found");
  });
}

export async function deleteEntry(viewer: Viewer | null, handle: string, kind: EntryKind, id: unknown) {
  const entryId = parseInput(EntryIdSchema, id);
  kindOf(kind);
  await inOwnersProfile(viewer, handle, kind, async (tx, profileId) => {
    const { count } = await tableOf(kind, tx).deleteMany({ where: { id: entryId, profileId } });
    if (count === 0) throw new AppError("not_found");
  });
}

/** Swaps an entry with its neighbour above or below, where their dates leave the order to the member. */
export async function moveEntry(viewer: Viewer | null, handle: string, kind: EntryKind, input: unknown) {
  const { id, direction } = parseInput(MoveSchema, input);
  kindOf(kind);
  await inOwnersProfile(viewer, handle, kind, async (tx, profileId) => {
    const table = tableOf(kind, tx);
    const entries = inDateOrder(
      kind,
      await table.findMany({ where: { profileId }, orderBy: { sortOrder: "asc" } }),
    );
    const at = entries.findIndex((e) => e.id === id);
    if (at === -1) throw new AppError("not_found");
    const other = entries[direction === "up" ? at - 1 : at + 1];
    if (!other) return;
    const entry = entries[at]!;
    if (!canSwapEntries(kind, entry, other)) throw new AppError("validation", "entries.datesDecide");
    await table.updateMany({ where: { id: entry.id, profileId }, data: { sortOrder: other.sortOrder } });
    await table.updateMany({ where: { id: other.id, profileId }, data: { sortOrder: entry.sortOrder } });
  });
}

/** REST path segment → entry kind: /api/v1/profiles/:handle/experience, …/education, … */
export const ENTRY_SECTIONS = {
  experience: "position",
  education: "education",
  certifications: "certification",
  languages: "language",
  projects: "project",
  volunteering: "volunteering",
  honors: "honor",
  publications: "publication",
} as const satisfies Record<string, EntryKind>;

export function entryKindOfSection(section: string): EntryKind {
  if (!Object.hasOwn(ENTRY_SECTIONS, section)) throw new AppError("not_found");
  return ENTRY_SECTIONS[section as keyof typeof ENTRY_SECTIONS];
}
