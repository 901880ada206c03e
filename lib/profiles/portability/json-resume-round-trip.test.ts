import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/tests/helpers";
import { getOwnProfile } from "../get-profile";
import { updateEntry } from "../entries";
import { exportJsonResume } from "./export-json-resume";
import { applyImport } from "./import-profile";
import { jsonResumeProblems } from "./json-resume";
import { readImport } from "./read-import";

// Every section and field of the JSON Resume schema (v1.0.0), with HTML, Chinese text and emoji, in the
// profile's own order (newest first), so that a lossless import and export gives it all back.
const RESUME = {
  basics: {
    name: "林晓 Lin Xiao",
    label: "<b>增长负责人</b> · Head of Growth 🚀",
    image: "https://img.example.com/lin.jpg",
    email: "lin@renmai.test",
    phone: "+86 571 8888 0000",
    url: "https://lin.example.com",
    summary: "<p>我帮 SaaS 团队<strong>找到增长</strong>。<br>Second line 🎯</p>",
    location: {
      address: "浙江省杭州市西湖区文三路 90 号",
      postalCode: "310012",
      city: "杭州",
      countryCode: "CN",
      region: "浙江",
    },
    profiles: [
      { network: "GitHub", username: "linxiao", url: "https://github.com/linxiao" },
      { network: "WeChat", username: "linxiao_wx" },
    ],
  },
  work: [
    {
      name: "杭州云帆科技",
      location: "杭州",
      description: "跨境电商 SaaS",
      position: "增长负责人",
      url: "https://yunfan.example.com",
      startDate: "2021-03-15",
      summary: "<p>从 0 到 1 搭建增长团队 📈</p>",
      highlights: ["ARR 翻三倍", "<i>Built</i> the PLG funnel"],
    },
  ],
  volunteer: [
    {
      organization: "壹基金",
      position: "志愿者讲师",
      url: "https://onefoundation.example.cn",
      startDate: "2019-06-01",
      endDate: "2020-12-31",
      summary: "为乡村学校讲授编程课",
      highlights: ["12 所学校"],
    },
  ],
  education: [
    {
      institution: "浙江大学",
      url: "https://www.zju.edu.cn",
      area: "计算机科学",
      studyType: "硕士",
      startDate: "2014-09",
      endDate: "2017-06",
      score: "3.9/4.0",
      courses: ["CS101 数据结构", "机器学习"],
    },
  ],
  awards: [{ title: "年度增长奖 🏆", date: "2023-01-20", awarder: "SaaS 中国", summary: "年度最佳增长团队" }],
  certificates: [
    { name: "Google Analytics", date: "2022-05-18", url: "https://cert.example/ga", issuer: "Google" },
  ],
  publications: [
    {
      name: "《增长的复利》",
      publisher: "机械工业出版社",
      releaseDate: "2022-10-01",
      url: "https://book.example.cn/growth",
      summary: "写给 B2B 团队的增长手册",
    },
  ],
  skills: [
    { name: "增长黑客", level: "专家", keywords: ["A/B 测试", "SEO"] },
    { name: "SQL", level: "Advanced", keywords: ["PostgreSQL"] },
  ],
  languages: [
    { language: "中文", fluency: "母语" },
    { language: "English", fluency: "流利" },
  ],
  interests: [{ name: "摄影 📷", keywords: ["胶片", "街头"] }, { name: "围棋" }],
  references: [{ name: "张聪聪", reference: "林晓是我合作过最好的增长负责人。" }],
  projects: [
    {
      name: "人脉增长实验室",
      description: "开源的增长实验平台",
      highlights: ["500+ 实验"],
      keywords: ["TypeScript", "实验平台"],
      startDate: "2022-02",
      endDate: "2023-08",
      url: "https://lab.example.com",
      roles: ["发起人", "维护者"],
      entity: "Renmai",
      type: "application",
    },
  ],
};

type Json = unknown;

/** Every leaf of `expected` that `actual` lacks or holds differently, as a path. */
function missing(expected: Json, actual: Json, path = "$"): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [path];
    return expected.flatMap((item, i) => missing(item, actual[i], `${path}[${i}]`));
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return [path];
    return Object.entries(expected).flatMap(([key, value]) =>
      missing(value, (actual as Record<string, Json>)[key], `${path}.${key}`),
    );
  }
  return expected === actual ? [] : [`${path}: ${JSON.stringify(actual)}`];
}

const importInto = async (member: Awaited<ReturnType<typeof createMember>>, resume: object) =>
  applyImport(
    member,
    member.handle,
    await readImport([new File([JSON.stringify(resume)], "resume.json", { type: "application/json" })]),
  );

describe("JSON Resume round trip", () => {
  it("gives back every field of every section it imported: export(import(x)) keeps x", async () => {
    expect(jsonResumeProblems(RESUME)).toEqual([]);
    const member = await createMember({ name: RESUME.basics.name });
    const summary = await importInto(member, RESUME);
    expect(summary.added).toMatchObject({
      positions: 1,
      education: 1,
      certifications: 1,
      languages: 2,
      projects: 1,
      volunteering: 1,
      honors: 1,
      publications: 1,
      skills: 2,
    });
    const exported = await exportJsonResume(member, member.handle);
    expect(jsonResumeProblems(exported)).toEqual([]);
    expect(missing(RESUME, exported)).toEqual([]);
  });

  it("shows what LinkedIn-class profiles show, not the file's mangled copy", async () => {
    const member = await createMember();
    await importInto(member, RESUME);
    const profile = await getOwnProfile(member);
    expect(profile.skills?.map((s) => s.name)).toEqual(["增长黑客", "SQL"]); // keywords are not skills
    expect(profile.interests).toEqual(["摄影 📷", "围棋"]);
    expect(profile.projects?.[0]).toMatchObject({
      title: "人脉增长实验室",
      organization: "Renmai",
      keywords: ["TypeScript", "实验平台"],
      description: "开源的增长实验平台\n- 500+ 实验",
    });
    expect(profile.volunteering?.[0]).toMatchObject({ title: "志愿者讲师", organization: "壹基金" });
    expect(profile.honors?.[0]).toMatchObject({ title: "年度增长奖 🏆", organization: "SaaS 中国" });
    expect(profile.publications?.[0]).toMatchObject({
      title: "《增长的复利》",
      organization: "机械工业出版社",
    });
    expect(profile.languages?.map((l) => l.proficiency)).toEqual([
      "native_or_bilingual",
      "full_professional",
    ]);
    expect(profile.contact.wechatId).toBe("linxiao_wx");
  });

  it("exports an entry edited since as it is now, keeping what the file had beside it", async () => {
    const member = await createMember();
    await importInto(member, RESUME);
    const [position] = await db.position.findMany({ where: { profileId: member.id }, select: { id: true } });
    await updateEntry(member, member.handle, "position", position!.id, {
      companyName: "杭州云帆科技",
      title: "增长副总裁",
      startDate: "2021-03",
      description: "带领 20 人的增长团队",
    });
    const { work } = (await exportJsonResume(member, member.handle)) as { work: Record<string, unknown>[] };
    expect(work[0]).toMatchObject({
      position: "增长副总裁",
      startDate: "2021-03",
      summary: "带领 20 人的增长团队",
      url: "https://yunfan.example.com",
      description: "跨境电商 SaaS",
    });
    expect(work[0]).not.toHaveProperty("highlights");
  });
});
