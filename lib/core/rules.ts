import { Prisma } from "@/generated/prisma/client";

/**
 * A visibility rule written once and read four ways: a yes/no on a row already loaded, a Prisma `where`, a
 * raw SQL condition and a Meilisearch filter. A rule is atoms joined with `allOf`, `anyOf` and `not`; each
 * atom says what it means in each form for one viewer (`true`/`false` where the answer doesn't depend on
 * the row, so the forms fold to what the database must really check).
 */
export type Rule<Row, Viewer, Where> = (viewer: Viewer) => Forms<Row, Where>;

type Constant = boolean;

/** One rule, for one viewer, in each form (each built only when asked for). */
export type Forms<Row, Where> = {
  holds: (row: Row) => boolean;
  where: () => Where | Constant;
  /** `alias` names the row's table in the query */
  sql: (alias: string) => Prisma.Sql | Constant;
  /** for documents in the entity's index: a filter, or a constant when every document passes or none does */
  meili: () => string | Constant;
};

/** A rule the answer of which is known without the row (for this viewer). */
export const always = <Row, Where>(answer: boolean): Forms<Row, Where> => ({
  holds: () => answer,
  where: () => answer,
  sql: () => answer,
  meili: () => answer,
});

export function allOf<Row, Viewer, Where>(...rules: Rule<Row, Viewer, Where>[]): Rule<Row, Viewer, Where> {
  return (viewer) =>
    join(
      rules.map((rule) => rule(viewer)),
      true,
    );
}

export function anyOf<Row, Viewer, Where>(...rules: Rule<Row, Viewer, Where>[]): Rule<Row, Viewer, Where> {
  return (viewer) =>
    join(
      rules.map((rule) => rule(viewer)),
      false,
    );
}

export function not<Row, Viewer, Where>(rule: Rule<Row, Viewer, Where>): Rule<Row, Viewer, Where> {
  return (viewer) => {
    const forms = rule(viewer);
    return {
      holds: (row) => !forms.holds(row),
      where: () => {
        const where = forms.where();
        return typeof where === "boolean" ? !where : ({ NOT: where } as Where);
      },
      sql: (alias) => {
        const sql = forms.sql(alias);
        return typeof sql === "boolean" ? !sql : Prisma.sql`NOT (${sql})`;
      },
      meili: () => {
        const meili = forms.meili();
        return typeof meili === "boolean" ? !meili : `NOT (${meili})`;
      },
    };
  };
}

/**
 * AND (`every`) or OR of the parts. Constants fold away, and a part that decides the whole (false in an AND,
 * true in an OR) stops the parts after it from being built: an AND can guard a part that needs more.
 */
function join<Row, Where>(parts: Forms<Row, Where>[], every: boolean): Forms<Row, Where> {
  const decisive = !every;
  function fold<T>(form: (part: Forms<Row, Where>) => T | Constant): T[] | Constant {
    const open: T[] = [];
    for (const part of parts) {
      const value = form(part);
      if (value === decisive) return decisive;
      if (typeof value !== "boolean") open.push(value);
    }
    return open.length ? open : every;
  }
  return {
    holds: (row) => (every ? parts.every((part) => part.holds(row)) : parts.some((part) => part.holds(row))),
    where: () => {
      const where = fold((part) => part.where());
      if (typeof where === "boolean") return where;
      return where.length === 1 ? where[0]! : ({ [every ? "AND" : "OR"]: where } as Where);
    },
    sql: (alias) => {
      const sql = fold((part) => part.sql(alias));
      if (typeof sql === "boolean") return sql;
      return sql.length === 1 ? sql[0]! : Prisma.sql`(${Prisma.join(sql, every ? " AND " : " OR ")})`;
    },
    meili: () => {
      const meili = fold((part) => part.meili());
      if (typeof meili === "boolean") return meili;
      return meili.length === 1 ? meili[0]! : `(${meili.join(every ? " AND " : " OR ")})`;
    },
  };
}

/** The Prisma form, with a constant as Prisma takes it: `{}` matches every row, `none` no row. */
export function whereOf<Row, Where>(forms: Forms<Row, Where>, none: Where): Where {
  const where = forms.where();
  return where === true ? ({} as Where) : where === false ? none : where;
}

export function sqlOf<Row, Where>(forms: Forms<Row, Where>, alias: string): Prisma.Sql {
  const sql = forms.sql(alias);
  return sql === true ? Prisma.sql`TRUE` : sql === false ? Prisma.sql`FALSE` : sql;
}

/** The Meilisearch form as a list of clauses that must all hold; `null` when no document may pass. */
export function meiliOf<Row, Where>(forms: Forms<Row, Where>): string[] | null {
  const meili = forms.meili();
  return meili === true ? [] : meili === false ? null : [meili];
}

/** A column of the aliased table, for an atom's SQL form. */
export const column = (alias: string, name: string) => Prisma.raw(`${alias}."${name}"`);

export const quote = (value: string) => JSON.stringify(value);
