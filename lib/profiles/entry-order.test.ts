import { describe, expect, it } from "vitest";
import { canSwapEntries, inDateOrder } from "./entry-order";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("entries in date order", () => {
  it("put current positions first, then past ones by when they ended, and keep the member's order on ties", () => {
    const positions = [
      { id: "intern", startDate: day("2014-06-01"), endDate: day("2014-09-01") },
      { id: "past", startDate: day("2016-01-01"), endDate: day("2020-03-01") },
      { id: "side", startDate: day("2023-01-01"), endDate: null },
      { id: "main", startDate: day("2020-04-01"), endDate: null },
      { id: "before", startDate: day("2014-10-01"), endDate: day("2015-12-01") },
    ];
    expect(inDateOrder("position", positions).map((p) => p.id)).toEqual([
      "side",
      "main",
      "past",
      "before",
      "intern",
    ]);
    const [side, main, past] = inDateOrder("position", positions);
    expect(canSwapEntries("position", side!, main!)).toBe(true);
    expect(canSwapEntries("position", main!, past!)).toBe(false);
  });

  it("order schooling under way first, then by the year it ended, and certifications by issue date", () => {
    const schools = [
      { id: "bachelor", startYear: 2008, endYear: 2012 },
      { id: "phd", startYear: 2022, endYear: null },
      { id: "master", startYear: 2012, endYear: 2015 },
    ];
    expect(inDateOrder("education", schools).map((s) => s.id)).toEqual(["phd", "master", "bachelor"]);
    const certificates = [
      { id: "undated", issuedOn: null },
      { id: "old", issuedOn: day("2019-05-01") },
      { id: "new", issuedOn: day("2024-02-10") },
    ];
    expect(inDateOrder("certification", certificates).map((c) => c.id)).toEqual(["new", "old", "undated"]);
  });

  it("leave languages in the member's order", () => {
    const languages = [{ id: "zh" }, { id: "en" }, { id: "ja" }];
    expect(inDateOrder("language", languages).map((l) => l.id)).toEqual(["zh", "en", "ja"]);
    expect(canSwapEntries("language", languages[0]!, languages[1]!)).toBe(true);
  });
});
