// Demo profiles: two hand-written featured members, the rest generated from the pools in the member's language.
import type { Faker } from "@faker-js/faker";
import type { Industry } from "@/lib/profiles/industries";
import type { VisibilitySettings } from "@/lib/core/profile-visibility";
import { ABOUT_OPENERS, CERTIFICATIONS, FIELDS, LANGUAGES, PLACES, SCHOOLS, TRACKS } from "./profile-pools";
import type { UserSeed } from "./factories";
import { asProductManager } from "./product-managers";

type Month = `${number}-${string}`;

export type ProfileSeed = {
  headline: string;
  about: string;
  pronouns?: string;
  city: string | null;
  region: string | null;
  country: string;
  industry: Industry;
  contactEmail?: string;
  phone?: string;
  wechatId?: string;
  website?: string;
  openToWork?: {
    titles: string[];
    locations: string[];
    workplaces: ("on_site" | "hybrid" | "remote")[];
    audience: "everyone" | "recruiters";
  };
  visibility?: Partial<VisibilitySettings>;
  /** who finds them in search (everyone unless given) */
  findableBy?: "public" | "members" | "connections";
  positions: {
    companyName: string;
    title: string;
    employmentType?: "full_time" | "part_time" | "contract" | "internship" | "freelance";
    location?: string;
    start: Month;
    end?: Month;
    description?: string;
  }[];
  education: {
    school: string;
    degree?: string;
    fieldOfStudy?: string;
    startYear?: number;
    endYear?: number;
  }[];
  skills: string[];
  pinnedSkills: number;
  languages: {
    name: string;
    proficiency:
      (typeof LANGUAGES)["en"][number]["proficiency"] | (typeof LANGUAGES)["zh"][number]["proficiency"];
  }[];
  certifications: { name: string; issuer: string; issued: Month }[];
  /** projects, volunteering, honours and publications (featured members) */
  accomplishments?: {
    kind: "project" | "volunteering" | "honor" | "publication";
    title: string;
    organization?: string;
    url?: string;
    start?: Month;
    end?: Month;
    description?: string;
    keywords?: string[];
  }[];
  interests?: string[];
};

const FEATURED: Record<string, ProfileSeed> = {
  "zhang.congcong@renmai.example": {
    headline: "杭州云帆科技 产品总监 · 专注 B2B SaaS 与跨境电商工具",
    about:
      "十二年互联网产品经验，从**阿里巴巴**的电商中台到创业公司的 SaaS 产品，一直在做帮助中小企业做生意的工具。\n\n我关心的事：\n\n- 让复杂的业务流程变简单\n- 数据驱动的产品决策\n- 培养年轻的产品经理\n\n欢迎交流跨境电商、SaaS 增长和团队管理。",
    city: "杭州",
    region: "浙江",
    country: "CN",
    industry: "software",
    contactEmail: "zhang.congcong@renmai.example",
    phone: "+86 138 0571 0000",
    wechatId: "congcong_pm",
    website: "https://congcong.example.com",
    positions: [
      {
        companyName: "杭州云帆科技",
        title: "产品总监",
        employmentType: "full_time",
        location: "杭州",
        start: "2021-03",
        description: "负责面向跨境卖家的 SaaS 产品线，团队 18 人；两年内付费客户从 300 增长到 4 200。",
      },
      {
        companyName: "阿里巴巴",
        title: "高级产品经理",
        employmentType: "full_time",
        location: "杭州",
        start: "2016-07",
        end: "2021-02",
        description: "电商中台商家工具，主导商品发布流程改版，发布耗时降低 40%。",
      },
      {
        companyName: "网易",
        title: "产品经理",
        employmentType: "full_time",
        location: "杭州",
        start: "2013-07",
        end: "2016-06",
      },
    ],
    education: [
      { school: "浙江大学", degree: "硕士", fieldOfStudy: "工商管理", startYear: 2018, endYear: 2020 },
      { school: "浙江大学", degree: "学士", fieldOfStudy: "计算机科学", startYear: 2009, endYear: 2013 },
    ],
    skills: ["产品管理", "B2B SaaS", "跨境电商", "用户研究", "数据分析", "团队管理", "需求分析", "敏捷开发"],
    pinnedSkills: 3,
    languages: [
      { name: "中文", proficiency: "native_or_bilingual" },
      { name: "英语", proficiency: "full_professional" },
    ],
    certifications: [{ name: "PMP®", issuer: "Project Management Institute", issued: "2019-05" }],
    accomplishments: [
      {
        kind: "project",
        title: "云帆跨境 ERP",
        organization: "杭州云帆科技",
        url: "https://yunfan.example.com/erp",
        start: "2022-03",
        end: "2023-09",
        description: "为 3000 多家跨境卖家打通订单、库存和物流，上线一年续费率 92%。",
        keywords: ["B2B SaaS", "跨境电商", "ERP"],
      },
      {
        kind: "volunteering",
        title: "产品导师",
        organization: "浙江大学创新创业学院",
        start: "2019-09",
        description: "每学期带两支学生创业团队，从需求访谈到第一版产品。",
      },
      {
        kind: "honor",
        title: "年度最佳产品奖",
        organization: "杭州市软件行业协会",
        start: "2023-12",
        description: "云帆跨境 ERP 获评年度最佳 SaaS 产品。",
      },
      {
        kind: "publication",
        title: "《中小企业 SaaS 产品方法》",
        organization: "电子工业出版社",
        url: "https://book.example.cn/saas",
        start: "2021-06",
        description: "写给做 B2B 产品的年轻产品经理。",
      },
    ],
    interests: ["围棋", "徒步", "摄影"],
  },
  "maria.lopez@renmai.example": {
    headline: "Head of Partnerships at Northwind Software · B2B SaaS in Europe and Asia",
    about:
      "I build partner ecosystems for B2B software companies. Before Northwind I launched **Zalando's** marketplace partner programme in Spain and Portugal.\n\nWhat I'm working on:\n\n1. Channel partnerships across the EU and Southeast Asia\n2. Co-selling with system integrators\n3. Mentoring women in sales leadership\n\nBased in Berlin, often in Madrid and Singapore.",
    pronouns: "she/her",
    city: "Berlin",
    region: null,
    country: "DE",
    industry: "software",
    contactEmail: "maria.lopez@renmai.example",
    website: "https://marialopez.example.com",
    openToWork: {
      titles: ["VP Partnerships", "Chief Business Officer"],
      locations: ["Berlin", "Madrid"],
      workplaces: ["hybrid", "remote"],
      audience: "everyone",
    },
    positions: [
      {
        companyName: "Northwind Software",
        title: "Head of Partnerships",
        employmentType: "full_time",
        location: "Berlin, Germany",
        start: "2022-01",
        description:
          "Built the partner programme from zero to 45 partners in 9 countries; partners now source 30% of new revenue.",
      },
      {
        companyName: "Zalando",
        title: "Partner Program Manager",
        employmentType: "full_time",
        location: "Madrid, Spain",
        start: "2017-09",
        end: "2021-12",
      },
      {
        companyName: "SAP",
        title: "Business Development Associate",
        employmentType: "full_time",
        location: "Walldorf, Germany",
        start: "2014-06",
        end: "2017-08",
      },
    ],
    education: [
      { school: "IE Business School", degree: "MBA", startYear: 2012, endYear: 2014 },
      {
        school: "Universidad Complutense de Madrid",
        degree: "BA",
        fieldOfStudy: "Economics",
        startYear: 2008,
        endYear: 2012,
      },
    ],
    skills: [
      "Partnerships",
      "Business development",
      "B2B SaaS",
      "Negotiation",
      "Go-to-market strategy",
      "Channel sales",
      "Public speaking",
      "Mentoring",
    ],
    pinnedSkills: 3,
    languages: [
      { name: "Spanish", proficiency: "native_or_bilingual" },
      { name: "English", proficiency: "full_professional" },
      { name: "German", proficiency: "professional_working" },
    ],
    certifications: [],
    accomplishments: [
      {
        kind: "project",
        title: "Northwind Partner Portal",
        organization: "Northwind Software",
        start: "2022-01",
        end: "2022-11",
        description: "Self-service onboarding for 120 resellers in nine countries.",
        keywords: ["Partnerships", "Channel sales"],
      },
      {
        kind: "volunteering",
        title: "Mentor",
        organization: "Women in Sales Europe",
        start: "2020-03",
        description: "Monthly mentoring for first-time sales managers.",
      },
      {
        kind: "honor",
        title: "Partner Leader of the Year",
        organization: "SaaStock Europe",
        start: "2023-10",
      },
    ],
    interests: ["Flamenco", "Trail running", "Mandarin"],
  },
};

const month = (year: number, m: number): Month => `${year}-${String(m).padStart(2, "0")}`;

/** A demo profile for `member` (generated ones vary with the faker seed, so the demo is the same every time). */
export function demoProfile(member: UserSeed, n: number, faker: Faker): ProfileSeed {
  const featured = FEATURED[member.email];
  if (featured) return featured;
  const lang = member.locale === "zh-CN" ? "zh" : "en";
  const profile = generatedProfile(member, lang, n, faker);
  return n % 5 === 3 ? asProductManager(profile, lang, n) : profile;
}

function generatedProfile(member: UserSeed, lang: "zh" | "en", n: number, faker: Faker): ProfileSeed {
  const track = TRACKS[n % TRACKS.length]!;
  const place = faker.helpers.arrayElement(PLACES[lang]);
  const positionCount = faker.number.int({ min: 1, max: 4 });
  const positions: ProfileSeed["positions"] = [];
  let endYear = 2026;
  let endMonth = faker.number.int({ min: 1, max: 10 });
  for (let i = 0; i < positionCount; i++) {
    const years = faker.number.int({ min: 1, max: 5 });
    const startMonth = faker.number.int({ min: 1, max: 12 });
    positions.push({
      companyName: faker.helpers.arrayElement(track.companies[lang]),
      title: track.titles[lang][Math.max(0, track.titles[lang].length - 1 - i - (n % 2))]!,
      employmentType: "full_time",
      location: place.city ?? undefined,
      start: month(endYear - years, startMonth),
      ...(i > 0 && { end: month(endYear, endMonth) }),
    });
    endYear -= years;
    endMonth = startMonth === 1 ? 12 : startMonth - 1;
  }
  const school = faker.helpers.arrayElement(SCHOOLS[lang]);
  const graduated = endYear;
  const skills = faker.helpers.arrayElements(track.skills[lang], { min: 4, max: track.skills[lang].length });
  const current = positions[0]!;
  const field = faker.helpers.arrayElement(FIELDS[lang]);
  const isOpenToWork = n % 7 === 3;
  return {
    headline:
      lang === "zh"
        ? `${current.companyName} ${current.title}`
        : `${current.title} at ${current.companyName}`,
    about: faker.helpers
      .arrayElement(ABOUT_OPENERS[lang])
      .replace("{field}", field)
      .replace("{company}", current.companyName)
      .replace("{title}", current.title),
    city: place.city,
    region: place.region,
    country: place.country,
    industry: track.industry,
    ...(n % 3 === 0 && { contactEmail: member.email }),
    ...(lang === "zh" &&
      n % 4 === 0 && { wechatId: `rm_${member.email.split("@")[0]!.replace(/\W/g, "_")}`.slice(0, 20) }),
    ...(isOpenToWork && {
      openToWork: {
        titles: [track.titles[lang][0]!],
        locations: [place.city ?? place.country],
        workplaces: ["hybrid"],
        audience: n % 2 ? "everyone" : "recruiters",
      },
    }),
    ...(n % 10 === 5 && { visibility: { experience: "members", education: "members" } }),
    // some members are found only by members, or only by their connections
    ...(n % 10 === 7 && { findableBy: "members" as const }),
    ...(n % 20 === 9 && { findableBy: "connections" as const }),
    positions,
    education: [
      {
        school: school.school,
        degree: faker.helpers.arrayElement(school.degrees),
        fieldOfStudy: field,
        startYear: graduated - 4,
        endYear: graduated,
      },
    ],
    skills,
    pinnedSkills: Math.min(3, skills.length),
    languages: LANGUAGES[lang].slice(0, faker.number.int({ min: 1, max: LANGUAGES[lang].length })),
    certifications:
      n % 5 === 0
        ? [
            {
              ...faker.helpers.arrayElement(CERTIFICATIONS),
              issued: month(faker.number.int({ min: 2015, max: 2025 }), 6),
            },
          ]
        : [],
  };
}
