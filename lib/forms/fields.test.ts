import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BooleanFieldSchema, lineOfText, maxLengthsOf, numberFromText, paragraphsOfText } from "./fields";

describe("strict field parsing", () => {
  it("takes numbers from JSON and digits from forms, nothing else", () => {
    const stars = numberFromText(z.number().int().min(1).max(5));
    for (const [input, expected] of [
      [3, 3],
      ["4", 4],
      [" 5 ", 5],
    ] as const)
      expect(stars.parse(input)).toBe(expected);
    for (const input of [true, false, null, [], [3], {}, "", "3 stars", "0x3", "1e1", "Infinity"])
      expect(stars.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });

  it("takes booleans from JSON and a checkbox's values from forms, nothing else", () => {
    for (const [input, expected] of [
      [true, true],
      [false, false],
      ["on", true],
      ["true", true],
      ["false", false],
      ["", false],
    ] as const)
      expect(BooleanFieldSchema.parse(input)).toBe(expected);
    for (const input of ["str", "yes", 1, 0, null, {}, []])
      expect(BooleanFieldSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });
});

describe("maxLengthsOf", () => {
  it("reads each text field's limit through optional, nullable, default and preprocess wrappers", () => {
    const schema = z.object({
      line: lineOfText(120),
      optional: lineOfText(30).optional(),
      text: paragraphsOfText(2000).default(""),
      blankIsNull: z.preprocess((v) => (v === "" ? null : v), paragraphsOfText(1000).nullable()).optional(),
      count: z.number().max(5),
    });
    expect(maxLengthsOf(schema)).toEqual({
      line: 120,
      optional: 30,
      text: 2000,
      blankIsNull: 1000,
      count: undefined,
    });
  });
});
