import { parse } from "vcard4";
import { describe, expect, it } from "vitest";
import type { ProfileForViewer } from "./get-profile";
import { profileVCard } from "./vcard";

const base = {
  handle: "zhang-congcong",
  name: "张聪聪",
  headline: "产品总监; B2B SaaS, 跨境电商",
  currentPosition: { title: "产品总监", companyName: "杭州云帆科技" },
  location: { city: "杭州", region: "浙江", country: "CN" },
  contact: {
    email: "zhang@renmai.example",
    phone: "+86 138 0571 0000",
    wechatId: "congcong_pm",
    website: "https://congcong.example.com",
  },
  avatar: { sm: "/media/a-sm.webp", md: "/media/a-md.webp", lg: "/media/a-lg.webp" },
} as unknown as ProfileForViewer;

describe("profileVCard", () => {
  it("is a vCard 4.0 that parses back with every visible field", () => {
    const card = profileVCard(base, "https://renmai.example");
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
    expect(card.trimEnd().endsWith("END:VCARD")).toBe(true);
    const parsed = parse(card);
    if (Array.isArray(parsed)) throw new Error("one card expected");
    const values = Object.fromEntries(
      parsed.parsedVcard.map((p: { property: string; value: unknown }) => [p.property, p.value]),
    );
    expect(values.FN).toBe("张聪聪");
    expect(values.N).toMatchObject({ familyNames: "张", givenNames: "聪聪" });
    expect(values.TITLE).toBe("产品总监");
    expect(values.NOTE).toBe("产品总监; B2B SaaS, 跨境电商");
    expect(values.EMAIL).toBe("zhang@renmai.example");
    expect(values.TEL).toBe("tel:+8613805710000");
    expect(values["X-WECHAT"]).toBe("congcong_pm");
    expect(values.PHOTO).toBe("https://renmai.example/media/a-lg.webp");
    expect(card).toContain("URL:https://renmai.example/in/zhang-congcong\r\n");
    expect(card).toContain("ADR:;;;杭州;浙江;;CN\r\n");
  });

  it("leaves out what the viewer may not see", () => {
    const card = profileVCard(
      {
        ...base,
        currentPosition: null,
        location: null,
        avatar: null,
        contact: { email: null, phone: null, wechatId: null, website: null },
      } as ProfileForViewer,
      "https://renmai.example",
    );
    expect(card).not.toMatch(/EMAIL|TEL|X-WECHAT|PHOTO|ADR|TITLE|ORG/);
  });

  it("folds long lines at 75 octets, never inside a character, and they unfold to what was written", () => {
    const headline = `${"杭州云帆科技产品总监，负责跨境电商 SaaS 的规划与增长".repeat(3)} 🚀👩‍💻 ${"b".repeat(80)}`;
    const card = profileVCard({ ...base, headline } as ProfileForViewer, "https://renmai.example");
    const lines = card.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(2);
    expect(card).not.toContain("\uFFFD");
    const parsed = parse(card);
    if (Array.isArray(parsed)) throw new Error("one card expected");
    expect(parsed.getProperty("NOTE")[0]!.value).toBe(headline);
  });
});
