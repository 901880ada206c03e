// The relevance set: queries on the demo data with the result that must be among the first three, in Chinese
// and English — names, titles, skills, companies and posts; typos, synonyms both ways, prefixes, Chinese
// phrases without pinyin, and Chinese words inside longer ones. Read by e2e/search-relevance.spec.ts.
// `expected`: a person's name, a company's slug, or words of a post; `suggest` asks the header's typeahead (as
// 张聪聪, whose network comes first there). With `above`, the expected result must also rank above that one
// (a partial match that used to come first) among the first ten; `absent` must not be among them at all.

export type RelevanceCase = {
  q: string;
  type: "people" | "companies" | "posts" | "suggest";
  expected: string;
  why: string;
  above?: string;
  absent?: string;
};

export const RELEVANCE_CASES: RelevanceCase[] = [
  // names
  { q: "张聪聪", type: "people", expected: "张聪聪", why: "a Chinese name" },
  { q: "张聪", type: "people", expected: "张聪聪", why: "the start of a Chinese name" },
  { q: "Maria Lopez", type: "people", expected: "Maria Lopez", why: "a Latin name" },
  { q: "Maria Lopes", type: "people", expected: "Maria Lopez", why: "a typo in a surname" },
  { q: "Jmes Walker", type: "people", expected: "James Walker", why: "a letter left out" },
  { q: "priya", type: "people", expected: "Priya Sharma", why: "a first name in lower case" },
  { q: "陈静", type: "people", expected: "陈静", why: "a two-character name" },
  // titles, in either language
  { q: "产品总监", type: "people", expected: "张聪聪", why: "a Chinese title" },
  { q: "Head of Partnerships", type: "people", expected: "Maria Lopez", why: "an English title" },
  { q: "product manager Hangzhou", type: "people", expected: "Lavern Hyatt", why: "title and city" },
  { q: "产品经理 杭州", type: "people", expected: "杜立诚", why: "a Chinese title and city" },
  { q: "杭州 产品经理", type: "people", expected: "杜立诚", why: "the same, the other way round" },
  { q: "高级产品经理", type: "people", expected: "李伟", why: "a longer Chinese title" },
  {
    q: "senior product manager",
    type: "people",
    expected: "Damion Hahn",
    why: "an English title of three words",
  },
  { q: "architect", type: "people", expected: "乔珈", why: "synonym: architect → 架构师" },
  { q: "lawyer", type: "people", expected: "王芳", why: "synonym: lawyer → 律师 (律师事务所)" },
  { q: "audit manager", type: "people", expected: "陈静", why: "synonyms: audit → 审计, manager → 经理" },
  { q: "recruiter", type: "people", expected: "Anna Schmidt", why: "an English title" },
  { q: "招聘", type: "people", expected: "Anna Schmidt", why: "synonym: 招聘 → recruiter" },
  { q: "intern", type: "people", expected: "司马紫林", why: "synonym: intern → 实习生" },
  { q: "实习", type: "people", expected: "司马紫林", why: "a Chinese word inside 产品经理实习生" },
  { q: "designer", type: "people", expected: "刘洋", why: "synonym: designer → 设计师 (交互设计师)" },
  // skills, schools, places
  { q: "javscript", type: "people", expected: "蒋颖", why: "a typo in a skill (JavaScript)" },
  { q: "JS", type: "people", expected: "蒋颖", why: "synonym: JS → JavaScript" },
  { q: "Hangzou", type: "people", expected: "Lavern Hyatt", why: "a typo in a city (Hangzhou)" },
  { q: "浙江大学", type: "people", expected: "张聪聪", why: "a school" },
  { q: "跨境电商", type: "people", expected: "张聪聪", why: "a Chinese skill and headline word" },
  {
    q: "cross-border e-commerce",
    type: "people",
    expected: "张聪聪",
    why: "synonym, hyphenated: → 跨境电商",
  },
  { q: "电子商务", type: "people", expected: "张聪聪", why: "synonym: 电子商务 → 电商 / e-commerce" },
  // companies
  { q: "云帆", type: "companies", expected: "yunfan-tech", why: "part of a Chinese name" },
  { q: "Yunfan", type: "companies", expected: "yunfan-tech", why: "the English name" },
  { q: "Hangzou", type: "companies", expected: "yunfan-tech", why: "a typo in the city of the English name" },
  { q: "电子商务", type: "companies", expected: "zhimeng-ecommerce", why: "synonym: 电子商务 → 电商" },
  { q: "e-commerce", type: "companies", expected: "zhimeng-ecommerce", why: "synonym: e-commerce → 电商" },
  { q: "明理律师", type: "companies", expected: "mingli-law", why: "part of a Chinese name" },
  { q: "律所", type: "companies", expected: "mingli-law", why: "synonym: 律所 → 律师事务所" },
  { q: "law firm", type: "companies", expected: "mingli-law", why: "synonym: law firm → 律师事务所" },
  { q: "solar Munich", type: "companies", expected: "munich-solar", why: "industry word and city" },
  { q: "慕尼黑", type: "companies", expected: "munich-solar", why: "synonym: 慕尼黑 → Munich" },
  {
    q: "supply chain",
    type: "companies",
    expected: "wanqu-supply-chain",
    why: "synonym: supply chain → 供应链",
  },
  { q: "简单", type: "companies", expected: "yunfan-tech", why: "in-word: 简单 inside 安装简单 (a product)" },
  { q: "处理", type: "companies", expected: "yunfan-tech", why: "in-word: 处理 inside 待处理 (a product)" },
  { q: "coffee", type: "companies", expected: "chenxi-coffee", why: "an English word for a Chinese company" },
  // posts and articles
  { q: "跨境电商", type: "posts", expected: "跨境电商 SaaS 的下一个五年", why: "an article's Chinese title" },
  { q: "typos", type: "posts", expected: "Search that forgives typos", why: "an article's English title" },
  { q: "检索", type: "posts", expected: "全文检索", why: "in-word: 检索 inside 全文检索" },
  { q: "双十一", type: "posts", expected: "双十一", why: "a Chinese phrase in a post" },
  { q: "Hangzhou", type: "posts", expected: "参加了杭州的跨境电商交流会", why: "synonym: Hangzhou → 杭州" },
  // across languages, a title or school that means the query exactly, before partial matches in its language
  {
    q: "产品经理",
    type: "people",
    expected: "Priya Sharma",
    above: "申建国",
    why: "Product Manager means 产品经理 exactly; 审计经理 shares only 经理",
  },
  {
    q: "product manager",
    type: "people",
    expected: "龚秀珍",
    above: "James Walker",
    why: "产品经理 means product manager exactly; Plant Manager shares only manager",
  },
  {
    q: "Zhejiang University",
    type: "people",
    expected: "张聪聪",
    above: "Lavern Hyatt",
    why: "an alumna of 浙江大学 before Oxford's, who share only University",
  },
  { q: "Fudan", type: "people", expected: "李伟", why: "a school's English short name (复旦大学)" },
  { q: "浙大", type: "people", expected: "张聪聪", why: "a school's Chinese short name (浙江大学)" },
  {
    q: "牛津大学",
    type: "people",
    expected: "Lavern Hyatt",
    why: "a school's Chinese name (University of Oxford)",
  },
  // a headline that names a skill, before skills listed deep
  {
    q: "SaaS",
    type: "people",
    expected: "张聪聪",
    above: "李伟",
    why: "a headline naming SaaS, before a sixth skill",
  },
  // the header's typeahead: the network first, but not before an exact match
  {
    q: "Anna",
    type: "suggest",
    expected: "Anna Schmidt",
    why: "typeahead: a full first name outside the network, before connections who share a letter",
  },
  { q: "陈静", type: "suggest", expected: "陈静", why: "typeahead: a connection's full name" },
  { q: "乔珈", type: "suggest", expected: "乔珈", why: "typeahead: a 2nd-degree full name" },
  // companies: every word of the query
  {
    q: "产品经理",
    type: "companies",
    expected: "zhixing-education",
    absent: "haifeng-tea",
    why: "a product-manager bootcamp, not a tea company that exports 产品",
  },
];
