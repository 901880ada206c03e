import { describe, expect, it } from "vitest";
import { meaningsOf } from "./search-terms";
import { SCHOOL_NAME_GROUPS } from "./synonyms";

describe("meaningsOf", () => {
  it("gives a title's words in the other language", () => {
    expect(meaningsOf(["Product Manager at NetEase"])).toEqual(
      expect.arrayContaining(["产品经理", "pm", "经理"]),
    );
    expect(meaningsOf(["杭州云帆科技 高级产品经理"])).toEqual(
      expect.arrayContaining(["product manager", "manager", "hangzhou"]),
    );
  });

  it("adds nothing a text already says, nor words it only contains by accident", () => {
    expect(meaningsOf(["产品经理 product manager"])).not.toContain("产品经理");
    // "pm" is a word, not the letters inside "npm"
    expect(meaningsOf(["npm maintainer"])).toEqual([]);
    expect(meaningsOf([null, undefined, ""])).toEqual([]);
  });

  it("gives a school's other names", () => {
    expect(meaningsOf(["浙江大学"], SCHOOL_NAME_GROUPS)).toEqual(["浙大", "zhejiang university", "zju"]);
    expect(meaningsOf(["University of Oxford"], SCHOOL_NAME_GROUPS)).toEqual(["牛津大学", "牛津"]);
  });
});
