import { Prisma } from "@/generated/prisma/client";
import type { Visibility } from "@/generated/prisma/enums";
import {
  allOf,
  always,
  anyOf,
  column,
  meiliOf,
  not,
  quote,
  sqlOf,
  whereOf,
  type Rule,
} from "@/lib/core/rules";

/** A member as findability sees them: their user id and their `findableBy` choice. */
export type FindableMember = { id: string; findableBy: Visibility };

/** Who searches: with whom they are connected and whom they blocked or were blocked by. */
export type Finder = { id: string; blockedIds: readonly string[]; connectedIds: ReadonlySet<string> } | null;

type FindRule = Rule<FindableMember, Finder, Prisma.ProfileWhereInput>;

/** Where an index's documents keep the member's id and choice, and how they tell a connection of the finder. */
type DocumentFields = {
  id: string;
  findableBy: string;
  connectedTo: (finder: NonNullable<Finder>) => string | false;
};

const list = (values: Iterable<string>) => `[${[...values].map(quote).join(", ")}]`;

function findability(fields: DocumentFields): FindRule {
  const themselves: FindRule = (finder) =>
    finder
      ? {
          holds: (member) => member.id === finder.id,
          where: () => ({ userId: finder.id }),
          sql: (alias) => Prisma.sql`${column(alias, "userId")} = ${finder.id}`,
          meili: () => `${fields.id} = ${quote(finder.id)}`,
        }
      : always(false);
  const blockedEitherWay: FindRule = (finder) =>
    finder?.blockedIds.length
      ? {
          holds: (member) => finder.blockedIds.includes(member.id),
          where: () => ({ userId: { in: [...finder.blockedIds] } }),
          sql: (alias) => Prisma.sql`${column(alias, "userId")} IN (${Prisma.join(finder.blockedIds)})`,
          meili: () => `${fields.id} IN ${list(finder.blockedIds)}`,
        }
      : always(false);
  const connected: FindRule = (finder) =>
    finder?.connectedIds.size
      ? {
          holds: (member) => finder.connectedIds.has(member.id),
          where: () => ({ userId: { in: [...finder.connectedIds] } }),
          sql: (alias) =>
            Prisma.sql`${column(alias, "userId")} IN (${Prisma.join([...finder.connectedIds])})`,
          meili: () => fields.connectedTo(finder),
        }
      : always(false);
  const signedIn: FindRule = (finder) => always(finder !== null);
  const choiceIs =
    (choice: Visibility): FindRule =>
    () => ({
      holds: (member) => member.findableBy === choice,
      where: () => ({ findableBy: choice }),
      sql: (alias) => Prisma.sql`${column(alias, "findableBy")} = ${Prisma.raw(`'${choice}'`)}`,
      meili: () => `${fields.findableBy} = ${quote(choice)}`,
    });

  /**
   * Who may find whom: visitors find those open to everyone; a member also finds those open to members, those
   * open to their connections when connected, and themselves — never anyone blocked either way.
   */
  return allOf(
    not(blockedEitherWay),
    anyOf(
      themselves,
      choiceIs("public"),
      allOf(signedIn, choiceIs("members")),
      allOf(choiceIs("connections"), connected),
    ),
  );
}

/** The rule on the people index: a document's connectionIds holds the member's connections. */
export const FINDABLE_PEOPLE = findability({
  id: "id",
  findableBy: "findableBy",
  connectedTo: (finder) => `connectionIds = ${quote(finder.id)}`,
});

/** The rule on the posts index, for a post's author. */
export const FINDABLE_AUTHORS = findability({
  id: "authorId",
  findableBy: "authorFindableBy",
  connectedTo: (finder) => `authorId IN ${list(finder.connectedIds)}`,
});

export const isFindable = (finder: Finder, member: FindableMember) => FINDABLE_PEOPLE(finder).holds(member);

/** The rule as a Prisma `where` on Profile. */
export const findableProfilesWhere = (finder: Finder) =>
  whereOf(FINDABLE_PEOPLE(finder), { userId: { in: [] } } satisfies Prisma.ProfileWhereInput);

/** The rule as a SQL condition on the Profile table aliased `alias`. */
export const findableProfilesSql = (finder: Finder, alias: string) => sqlOf(FINDABLE_PEOPLE(finder), alias);

/** Meilisearch filter clauses for the people index (null: nobody there for this finder). */
export const findablePeopleFilter = (finder: Finder) => meiliOf(FINDABLE_PEOPLE(finder));

/** Meilisearch filter clauses for the posts index: posts whose author this finder may find. */
export const findableAuthorsFilter = (finder: Finder) => meiliOf(FINDABLE_AUTHORS(finder));
