import type { EntryKind } from "./entries";

/** The dates an entry of any kind may carry (each kind has some of them, languages none). */
type DatedEntry = {
  startDate?: Date | null;
  endDate?: Date | null;
  startYear?: number | null;
  endYear?: number | null;
  issuedOn?: Date | null;
};

/** Projects, volunteering, awards and publications: the newest first, undated ones last. */
const byStart = (e: DatedEntry) => (e.startDate ? [0, -e.startDate.getTime()] : [1]);

// Newest first, as on any résumé: current positions, then past ones by when they ended; schooling still under
// way, then by the year it ended; certifications by when they were issued. Languages have no dates.
const DATE_KEYS: Record<EntryKind, (entry: DatedEntry) => number[]> = {
  position: (e) => (e.endDate ? [1, -e.endDate.getTime(), -(e.startDate?.getTime() ?? 0)] : [0]),
  education: (e) => (e.endYear == null ? [0, -(e.startYear ?? 0)] : [1, -e.endYear, -(e.startYear ?? 0)]),
  certification: (e) => (e.issuedOn ? [0, -e.issuedOn.getTime()] : [1]),
  language: () => [],
  project: byStart,
  volunteering: byStart,
  honor: byStart,
  publication: byStart,
};

function compareByDates(kind: EntryKind, a: object, b: object): number {
  const [x, y] = [DATE_KEYS[kind](a as DatedEntry), DATE_KEYS[kind](b as DatedEntry)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/**
 * A profile's entries as they show: by their dates, and in the member's own order (the list's order, by
 * `sortOrder`) where the dates tie — two current positions, say, or any two languages.
 */
export function inDateOrder<E extends object>(kind: EntryKind, entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => compareByDates(kind, a, b));
}

/** The member may swap two neighbouring entries only where their dates leave the order to them. */
export function canSwapEntries(kind: EntryKind, a: object, b: object): boolean {
  return compareByDates(kind, a, b) === 0;
}
