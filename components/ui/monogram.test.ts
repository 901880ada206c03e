import { describe, expect, it } from "vitest";
import { companyMonogram, personMonogram } from "./monogram";

describe("monograms", () => {
  it("show a Chinese person's given name and a Latin name's initials", () => {
    expect(personMonogram("张聪聪")).toBe("聪聪");
    expect(personMonogram("李伟")).toBe("李伟");
    expect(personMonogram("Maria Lopez")).toBe("ML");
    expect(personMonogram("  ")).toBe("?");
  });

  it("show a Chinese company's trade name, not its city or its legal form", () => {
    expect(companyMonogram("杭州云帆科技")).toBe("云帆");
    expect(companyMonogram("上海明理律师事务所")).toBe("明理");
    expect(companyMonogram("北风软件")).toBe("北风");
    expect(companyMonogram("浙江省天成实业有限公司")).toBe("天成");
    expect(companyMonogram("广州湾区跨境供应链")).toBe("湾区");
    expect(companyMonogram("阿里巴巴")).toBe("阿里");
    expect(companyMonogram("Northwind Software")).toBe("NS");
  });
});
