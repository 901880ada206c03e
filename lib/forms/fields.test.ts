import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BooleanFieldSchema, numberFromText } from "./fields";

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
