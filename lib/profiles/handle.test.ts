import { describe, expect, it } from "vitest";
import { firstFreeHandle, splitName, suggestHandle } from "./handle";
import { HandleSchema } from "./schemas";

describe("suggestHandle", () => {
  it.each([
    ["张聪聪", "zhang-congcong"],
    ["王芳", "wang-fang"],
    ["欧阳娜娜", "ouyang-nana"],
    ["曾小贤", "zeng-xiaoxian"],
    ["Maria Lopez", "maria-lopez"],
    ["José Núñez-García", "jose-nunez-garcia"],
    ["  Anna   Schmidt ", "anna-schmidt"],
    ["李 Lucy", "li-lucy"],
    ["Ω", "member"],
    ["X Æ", "member-x"],
  ])("%s → %s", (name, handle) => {
    expect(suggestHandle(name)).toBe(handle);
  });

  it("always suggests a valid handle", () => {
    for (const name of [
      "张聪聪",
      "Émile Zola",
      "🙂🙂🙂",
      "a",
      "---",
      "Mohammed bin Rashid Al Maktoum the Third of Many",
    ]) {
      expect(HandleSchema.safeParse(suggestHandle(name)).success, name).toBe(true);
    }
  });
});

describe("firstFreeHandle", () => {
  it("numbers the handle after the base is taken", () => {
    expect(firstFreeHandle("wang-fang", [])).toBe("wang-fang");
    expect(firstFreeHandle("wang-fang", ["wang-fang"])).toBe("wang-fang-2");
    expect(firstFreeHandle("wang-fang", ["wang-fang", "wang-fang-2", "wang-fang-4"])).toBe("wang-fang-3");
  });
});

describe("splitName", () => {
  it.each([
    ["张聪聪", "张", "聪聪"],
    ["欧阳娜娜", "欧阳", "娜娜"],
    ["Maria Lopez", "Lopez", "Maria"],
    ["Anna Maria Schmidt", "Schmidt", "Anna Maria"],
    ["Madonna", "", "Madonna"],
  ])("%s → %s + %s", (name, family, given) => {
    expect(splitName(name)).toEqual({ family, given });
  });
});
