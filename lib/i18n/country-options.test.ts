import { describe, expect, it } from "vitest";
import { countryName, countryOptions } from "./country-options";

describe("country lists", () => {
  it("name each country once, in both languages", () => {
    for (const locale of ["zh-CN", "en"]) {
      const labels = countryOptions(locale).map((option) => option.label);
      expect(
        labels.filter((label, i) => labels.indexOf(label) !== i),
        locale,
      ).toEqual([]);
    }
  });

  it("write 中国台湾 in Chinese, beside 中国香港特别行政区 and 中国澳门特别行政区", () => {
    const zh = new Map(countryOptions("zh-CN").map((o) => [o.value, o.label]));
    expect([zh.get("TW"), zh.get("HK"), zh.get("MO")]).toEqual([
      "中国台湾",
      "中国香港特别行政区",
      "中国澳门特别行政区",
    ]);
    expect(countryName("TW", "en")).toBe("Taiwan");
    expect(countryName("GB", "zh-CN")).toBe("英国");
  });
});
