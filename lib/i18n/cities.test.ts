import { describe, expect, it } from "vitest";
import { cityKeyOf, cityName, citySpellings, withCityKeys } from "./cities";

describe("cities", () => {
  it("takes any spelling of a listed city as one key", () => {
    for (const written of ["杭州", "杭州市", "Hangzhou", "hangzhou ", "HANGZHOU CITY", "ｈａｎｇｚｈｏｕ"])
      expect(cityKeyOf(written), written).toBe("Hangzhou");
    expect(cityKeyOf("München")).toBe("Munich");
    expect(cityKeyOf("Xian")).toBe("Xi'an");
  });

  it("keeps a city it doesn't know as written, and nothing as nothing", () => {
    expect(cityKeyOf("  Bad   Homburg ")).toBe("Bad Homburg");
    expect(cityKeyOf("义乌市")).toBe("Yiwu");
    expect(cityKeyOf("")).toBeNull();
    expect(cityKeyOf(null)).toBeNull();
  });

  it("names a key in the reader's language", () => {
    expect(cityName("Hangzhou", "zh-CN")).toBe("杭州");
    expect(cityName("Hangzhou", "en")).toBe("Hangzhou");
    expect(cityName("Bad Homburg", "zh-CN")).toBe("Bad Homburg");
    expect(citySpellings("Munich")).toEqual(["Munich", "慕尼黑", "München", "Muenchen"]);
  });

  it("turns city filters into keys and leaves the others alone", () => {
    expect(withCityKeys({ city: ["杭州", "hangzhou", "上海"], skills: ["杭州"] })).toEqual({
      city: ["Hangzhou", "Shanghai"],
      skills: ["杭州"],
    });
    expect(withCityKeys({ cities: ["慕尼黑"] })).toEqual({ cities: ["Munich"] });
  });
});
