import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START, toSegments } from "./highlight";

describe("toSegments", () => {
  it("splits a highlighted text into plain and matched pieces, markup left as text", () => {
    expect(toSegments(`产品${MATCH_START}经理${MATCH_END} at <b>${MATCH_START}Yun${MATCH_END}</b>`)).toEqual([
      { text: "产品", isMatch: false },
      { text: "经理", isMatch: true },
      { text: " at <b>", isMatch: false },
      { text: "Yun", isMatch: true },
      { text: "</b>", isMatch: false },
    ]);
    expect(toSegments("no match")).toEqual([{ text: "no match", isMatch: false }]);
    expect(toSegments(null)).toEqual([]);
  });
});
