import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";

type SearchParams = Record<string, string | string[] | undefined>;

/** The named query parameters of a page, one value each (the first, when repeated). */
export function pickSearchParams<K extends string>(params: SearchParams, names: readonly K[]) {
  const picked: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = params[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) picked[name] = first;
  }
  return picked;
}

/**
 * For a page's list call: a query that doesn't validate (a hand-made cursor, an over-long search) sends the
 * reader to the plain page instead of an error.
 */
export function resetOnBadQuery(path: string) {
  return (error: unknown): never => {
    if (error instanceof AppError && error.code === "validation") redirect(path);
    throw error;
  };
}
