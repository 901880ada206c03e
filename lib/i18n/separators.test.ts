import { describe, expect, it } from "vitest";
import { factSeparator, listSeparator, placeName } from "./separators";

describe("separators", () => {
  it("write places large to small in Chinese and small to large in English", () => {
    const hangzhou = { city: "杭州", region: "浙江", country: "中国" };
    expect(placeName(hangzhou, "zh-CN")).toBe("中国浙江杭州");
    expect(placeName({ city: "Hangzhou", region: "Zhejiang", country: "China" }, "en")).toBe(
      "Hangzhou, Zhejiang, China",
    );
    expect(placeName({ city: "Berlin", region: null, country: "德国" }, "zh-CN")).toBe("德国 Berlin");
    expect(placeName({ city: "杭州", region: null, country: null }, "zh-CN")).toBe("杭州");
    expect(placeName({ city: null, region: null, country: null }, "en")).toBe("");
  });

  it("separate lists and facts with Chinese punctuation in Chinese", () => {
    expect(["硕士", "工业工程"].join(factSeparator("zh-CN"))).toBe("硕士，工业工程");
    expect(["中国", "新加坡"].join(listSeparator("zh-CN"))).toBe("中国、新加坡");
    expect(["China", "Singapore"].join(listSeparator("en"))).toBe("China, Singapore");
  });
});
