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
    // a Chinese word Meilisearch marked token by token is one mark
    const tokens = ["杭州", "云", "帆", "科技"].map((t) => `${MATCH_START}${t}${MATCH_END}`).join("");
    expect(toSegments(`${tokens}有限公司`)).toEqual([
      { text: "杭州云帆科技", isMatch: true },
      { text: "有限公司", isMatch: false },
    ]);
    expect(toSegments(null)).toEqual([]);
  });
});
