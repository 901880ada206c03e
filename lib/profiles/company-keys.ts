import "server-only";
import { db } from "@/lib/db";

/**
 * The one value a member's employer is filtered and counted by in people and candidate search: its company
 * page's id when the position links one or names one (阿里巴巴 and Alibaba Group are one page's two names),
 * otherwise the name as written.
 */
export type CompanyRef = { companyId: string | null; companyName: string };

const comparable = (name: string) => name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/** The company pages these names belong to, by either of a page's names (case and width aside). */
export async function pagesNamed(names: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(names.map((name) => name.normalize("NFKC").trim()).filter(Boolean))];
  if (!wanted.length) return new Map();
  const pages = await db.company.findMany({
    where: {
      OR: [{ nameZh: { in: wanted, mode: "insensitive" } }, { nameEn: { in: wanted, mode: "insensitive" } }],
    },
    select: { id: true, nameZh: true, nameEn: true },
    orderBy: { createdAt: "asc" }, // two pages of one name: the older one
  });
  const byName = new Map<string, string>();
  for (const page of pages)
    for (const name of [page.nameZh, page.nameEn])
      if (name && !byName.has(comparable(name))) byName.set(comparable(name), page.id);
  return byName;
}

/** A position's employer as one value: see CompanyRef. `pages` comes from pagesNamed. */
export function companyKeyOf(position: CompanyRef, pages: Map<string, string>): string {
  return position.companyId ?? pages.get(comparable(position.companyName)) ?? position.companyName.trim();
}

/** Filter values as the index holds them: a page's name becomes its id, anything else stays. */
export async function companyKeysOf(values: string[]): Promise<string[]> {
  const pages = await pagesNamed(values);
  return [...new Set(values.map((value) => companyKeyOf({ companyId: null, companyName: value }, pages)))];
}

/** Search filters whose values are employers (`currentCompany`, `pastCompanies`), as the index's keys. */
export async function withCompanyKeys<F extends Record<string, string[] | undefined>>(
  filters: F,
): Promise<F> {
  const out: Record<string, string[] | undefined> = { ...filters };
  for (const facet of ["currentCompany", "pastCompanies"])
    if (out[facet]?.length) out[facet] = await companyKeysOf(out[facet]!);
  return out as F;
}
