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
  ["杭州", "hangzhou"],
  ["上海", "shanghai"],
  ["北京", "beijing"],
  ["深圳", "shenzhen"],
  ["广州", "guangzhou"],
  ["成都", "chengdu"],
  ["南京", "nanjing"],
  ["苏州", "suzhou"],
  ["香港", "hong kong"],
  ["新加坡", "singapore"],
  ["柏林", "berlin"],
  ["伦敦", "london"],
  ["慕尼黑", "munich", "münchen"],
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
