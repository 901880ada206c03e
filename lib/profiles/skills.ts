/** One skill whatever its spelling: full-width folded (ＪａｖａＳｃｒｉｐｔ), case and spacing ignored. */
export function normalizeSkillName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The list without repeats (first spelling wins), in the given order. */
export function distinctSkills(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = normalizeSkillName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
