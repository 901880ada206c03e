// Product managers among the demo members: laid over some generated profiles (profiles.ts) for searches such as
// "product manager Hangzhou" and 产品经理 杭州, in Chinese and English, seniors to interns.
import { ABOUT_OPENERS, type Track } from "./profile-pools";
import type { ProfileSeed } from "./profiles";

/**
 * Product managers, mostly in 杭州: laid over some generated profiles (profiles.ts) rather than added to TRACKS,
 * so that every other demo member stays who they were.
 */
const PRODUCT_TRACK: Track = {
  industry: "software",
  titles: {
    zh: ["产品经理实习生", "产品助理", "产品运营", "产品经理", "高级产品经理"],
    en: [
      "Product Manager Intern",
      "Associate Product Manager",
      "Product Analyst",
      "Product Manager",
      "Senior Product Manager",
    ],
  },
  skills: {
    zh: [
      "产品规划",
      "需求分析",
      "用户研究",
      "数据分析",
      "原型设计",
      "A/B 测试",
      "项目管理",
      "SaaS",
      "跨境电商",
    ],
    en: [
      "Product strategy",
      "Roadmapping",
      "User research",
      "Data analysis",
      "A/B testing",
      "Figma",
      "Agile",
      "SQL",
      "SaaS",
    ],
  },
  companies: {
    zh: ["阿里巴巴", "网易", "蚂蚁集团", "有赞", "杭州云帆科技"],
    en: ["Alibaba Group", "NetEase", "Shopify", "Atlassian", "Northwind Software"],
  },
};

export /** The profile made a product manager's, in 杭州 (or Hangzhou) mostly — without drawing on the faker. */
function asProductManager(profile: ProfileSeed, lang: "zh" | "en", n: number): ProfileSeed {
  const { titles, companies, skills } = PRODUCT_TRACK;
  const k = Math.floor(n / 5); // n ends in 3 or 8: k tells them apart
  const top = [4, 3, 3, 0][k % 4]!; // senior, two product managers, an intern
  const positions = profile.positions.slice(0, top === 0 ? 1 : undefined).map((position, i) => ({
    ...position,
    title: titles[lang][Math.max(0, top - i)]!,
    companyName: companies[lang][(k + i) % companies[lang].length]!,
    ...(top === 0 && { employmentType: "internship" as const }),
  }));
  const current = positions[0]!;
  const inHangzhou = lang === "zh" || k % 2 === 0;
  const place = inHangzhou
    ? lang === "zh"
      ? { city: "杭州", region: "浙江", country: "CN" }
      : { city: "Hangzhou", region: "Zhejiang", country: "CN" }
    : { city: profile.city, region: profile.region, country: profile.country };
  const ownSkills = skills[lang].filter((_, i) => (i + k) % 3 !== 0);
  return {
    ...profile,
    ...place,
    positions: positions.map((position) => ({ ...position, location: place.city ?? undefined })),
    headline:
      lang === "zh"
        ? `${current.companyName} ${current.title}`
        : `${current.title} at ${current.companyName}`,
    about: ABOUT_OPENERS[lang][1]!.replace("{company}", current.companyName).replace(
      "{title}",
      current.title,
    ),
    industry: PRODUCT_TRACK.industry,
    skills: ownSkills,
    pinnedSkills: 3,
    ...(profile.openToWork && { openToWork: { ...profile.openToWork, titles: [titles[lang][3]!] } }),
  };
}
