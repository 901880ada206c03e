import { CITY_SPELLING_GROUPS } from "@/lib/i18n/cities";

/**
 * Words that mean the same to someone searching, in Chinese and English. Each group works every way: any of
 * its words finds what the others find (Meilisearch wants that spelled out, see `synonymMap`).
 */
export const SYNONYM_GROUPS: string[][] = [
  ["前端", "frontend", "front-end", "front end"],
  ["后端", "backend", "back-end", "back end"],
  ["全栈", "full stack", "fullstack", "full-stack"],
  ["经理", "manager"],
  ["产品经理", "product manager", "pm"],
  ["项目经理", "project manager"],
  ["工程师", "engineer"],
  ["开发", "developer", "开发者", "程序员"],
  ["设计师", "designer"],
  ["架构师", "architect"],
  ["总监", "director"],
  ["创始人", "founder"],
  ["首席执行官", "ceo"],
  ["首席技术官", "cto"],
  ["js", "javascript"],
  ["ts", "typescript"],
  ["人工智能", "ai", "artificial intelligence"],
  ["机器学习", "machine learning", "ml"],
  ["数据分析", "data analysis", "data analytics"],
  ["数据科学", "data science"],
  ["电子商务", "电商", "e-commerce", "ecommerce"],
  // a hyphen splits a query into words: the spaced forms are what a typed "cross-border e-commerce" matches
  ["跨境电商", "cross-border e-commerce", "cross border e commerce", "cross border ecommerce"],
  ["跨境", "cross-border", "cross border"],
  ["供应链", "supply chain"],
  ["物流", "logistics"],
  ["销售", "sales"],
  ["市场营销", "营销", "marketing"],
  ["运营", "operations"],
  ["招聘", "recruiting", "recruitment"],
  ["招聘专员", "recruiter", "猎头", "headhunter"],
  ["人力资源", "hr", "human resources"],
  ["律师", "lawyer", "attorney"],
  ["律师事务所", "律所", "law firm"],
  ["会计", "accountant", "accounting"],
  ["财务", "finance"],
  ["审计", "audit", "auditor"],
  ["咨询", "consulting"],
  ["软件", "software"],
  ["实习", "实习生", "intern", "internship"],
  ["创业", "startup", "start-up"],
  // places: 杭州 ↔ hangzhou (lib/i18n/cities.ts)
  ...CITY_SPELLING_GROUPS,
];

/** The groups of words a title is made of (places aside: a company's city in a headline is not where one lives). */
export const TITLE_GROUPS: string[][] = SYNONYM_GROUPS.filter(
  (group) => !CITY_SPELLING_GROUPS.includes(group),
);

/**
 * Schools, by their names in each language and the short names people use (浙大, ZJU): a school query finds
 * its alumni however they wrote it. Found in a profile, the other names are indexed beside it (meaningsOf).
 */
export const SCHOOL_NAME_GROUPS: string[][] = [
  ["浙江大学", "浙大", "zhejiang university", "zju"],
  ["复旦大学", "复旦", "fudan university", "fudan"],
  ["北京大学", "北大", "peking university", "pku"],
  ["清华大学", "清华", "tsinghua university", "tsinghua"],
  ["上海交通大学", "上海交大", "shanghai jiao tong university", "sjtu"],
  ["华东政法大学", "华政", "east china university of political science and law", "ecupl"],
  ["中山大学", "中大", "sun yat-sen university", "sun yat sen university", "sysu"],
  ["中国人民大学", "人大", "renmin university of china", "renmin university"],
  ["南京大学", "南大", "nanjing university"],
  ["武汉大学", "武大", "wuhan university"],
  ["同济大学", "同济", "tongji university"],
  ["香港大学", "港大", "university of hong kong", "hku"],
  ["香港科技大学", "港科大", "hong kong university of science and technology", "hkust"],
  ["新加坡国立大学", "national university of singapore", "nus"],
  ["南洋理工大学", "nanyang technological university", "ntu"],
  ["中欧国际工商学院", "中欧", "ceibs", "china europe international business school"],
  ["长江商学院", "cheung kong graduate school of business", "ckgsb"],
  ["牛津大学", "牛津", "university of oxford", "oxford"],
  ["剑桥大学", "剑桥", "university of cambridge", "cambridge"],
  ["斯坦福大学", "斯坦福", "stanford university", "stanford"],
  ["哈佛大学", "哈佛", "harvard university", "harvard"],
  ["麻省理工学院", "麻省理工", "massachusetts institute of technology", "mit"],
  ["多伦多大学", "university of toronto"],
  ["柏林洪堡大学", "洪堡大学", "humboldt university of berlin", "humboldt university"],
  ["慕尼黑工业大学", "technical university of munich", "tum"],
  ["马德里康普顿斯大学", "universidad complutense de madrid", "complutense university of madrid"],
  ["ie商学院", "ie business school"],
];

/** Words left out of queries: they match nearly everything and say little. */
export const STOP_WORDS = [
  "the",
  "a",
  "an",
  "of",
  "and",
  "or",
  "in",
  "at",
  "for",
  "to",
  "的",
  "了",
  "和",
  "与",
  "及",
];

/** The groups as Meilisearch takes them: every word maps to all the others of its group. */
export function synonymMap(groups: string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((other) => other !== word);
      map[word] = [...new Set([...(map[word] ?? []), ...others])];
    }
  }
  return map;
}
