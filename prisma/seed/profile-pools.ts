// Building blocks for demo profiles, in the language of each member. Companies and schools are real-sounding
// but the people are not real.
import type { Industry } from "@/lib/profiles/industries";

export type Track = {
  industry: Industry;
  titles: { zh: string[]; en: string[] };
  skills: { zh: string[]; en: string[] };
  companies: { zh: string[]; en: string[] };
};

export const TRACKS: Track[] = [
  {
    industry: "software",
    titles: {
      zh: ["前端工程师", "高级后端工程师", "技术经理", "全栈工程师", "架构师"],
      en: [
        "Frontend Engineer",
        "Senior Backend Engineer",
        "Engineering Manager",
        "Full-stack Developer",
        "Staff Engineer",
      ],
    },
    skills: {
      zh: [
        "JavaScript",
        "TypeScript",
        "React",
        "Node.js",
        "Go",
        "Java",
        "微服务",
        "系统设计",
        "Kubernetes",
        "PostgreSQL",
        "性能优化",
        "团队管理",
      ],
      en: [
        "JavaScript",
        "TypeScript",
        "React",
        "Node.js",
        "Go",
        "Python",
        "Microservices",
        "System design",
        "Kubernetes",
        "PostgreSQL",
        "AWS",
        "Mentoring",
      ],
    },
    companies: {
      zh: ["阿里巴巴", "字节跳动", "腾讯", "美团", "网易", "蚂蚁集团", "杭州云帆科技"],
      en: ["Shopify", "Stripe", "SAP", "Zalando", "Atlassian", "N26", "Northwind Software"],
    },
  },
  {
    industry: "ecommerce",
    titles: {
      zh: ["电商运营经理", "跨境电商负责人", "用户增长经理", "品类经理", "直播电商主管"],
      en: [
        "E-commerce Manager",
        "Growth Lead",
        "Category Manager",
        "Marketplace Operations Lead",
        "Head of Digital Sales",
      ],
    },
    skills: {
      zh: [
        "电商运营",
        "用户增长",
        "数据分析",
        "直播带货",
        "供应链管理",
        "跨境电商",
        "天猫运营",
        "私域流量",
        "SEO",
        "项目管理",
      ],
      en: [
        "E-commerce",
        "Growth marketing",
        "Data analysis",
        "Marketplace operations",
        "Supply chain",
        "SEO",
        "Conversion optimisation",
        "Project management",
        "Amazon FBA",
        "CRM",
      ],
    },
    companies: {
      zh: ["阿里巴巴", "京东", "拼多多", "杭州织梦电商", "SHEIN", "小红书"],
      en: ["Amazon", "Zalando", "Etsy", "Ocado", "Global Goods GmbH", "Harbour Retail"],
    },
  },
  {
    industry: "legal",
    titles: {
      zh: ["律师", "合伙人律师", "法务经理", "知识产权顾问", "合规总监"],
      en: ["Associate Lawyer", "Partner", "Legal Counsel", "IP Counsel", "Head of Compliance"],
    },
    skills: {
      zh: ["公司法", "合同审查", "知识产权", "并购", "合规", "劳动法", "争议解决", "数据合规", "跨境投资"],
      en: [
        "Corporate law",
        "Contract negotiation",
        "Intellectual property",
        "M&A",
        "Compliance",
        "Employment law",
        "Litigation",
        "GDPR",
        "Legal research",
      ],
    },
    companies: {
      zh: ["上海明理律师事务所", "金杜律师事务所", "中伦律师事务所", "华东知识产权代理"],
      en: ["Clifford & Reed LLP", "Baker Stone", "Linklaters", "Hanseatic Legal"],
    },
  },
  {
    industry: "marketing",
    titles: {
      zh: ["品牌经理", "市场总监", "内容营销主管", "新媒体运营", "公关经理"],
      en: [
        "Brand Manager",
        "Marketing Director",
        "Content Marketing Lead",
        "Social Media Manager",
        "PR Manager",
      ],
    },
    skills: {
      zh: [
        "品牌策略",
        "内容营销",
        "新媒体运营",
        "公关传播",
        "市场调研",
        "活动策划",
        "小红书营销",
        "文案写作",
        "数据分析",
      ],
      en: [
        "Brand strategy",
        "Content marketing",
        "Social media",
        "Public relations",
        "Market research",
        "Event planning",
        "Copywriting",
        "Marketing analytics",
        "B2B marketing",
      ],
    },
    companies: {
      zh: ["奥美中国", "蓝色光标", "华为", "小米", "元气森林"],
      en: ["Ogilvy", "Unilever", "HubSpot", "Spotify", "Brightline Agency"],
    },
  },
  {
    industry: "financial_services",
    titles: {
      zh: ["财务经理", "投资经理", "风控分析师", "首席财务官", "审计经理"],
      en: ["Finance Manager", "Investment Associate", "Risk Analyst", "CFO", "Audit Manager"],
    },
    skills: {
      zh: ["财务分析", "风险管理", "投资分析", "审计", "预算管理", "Excel", "财务建模", "IPO", "税务筹划"],
      en: [
        "Financial analysis",
        "Risk management",
        "Investment research",
        "Audit",
        "Budgeting",
        "Excel",
        "Financial modelling",
        "Valuation",
        "IFRS",
      ],
    },
    companies: {
      zh: ["招商银行", "中金公司", "平安集团", "德勤中国", "红杉中国"],
      en: ["Deutsche Bank", "KPMG", "Goldman Sachs", "Allianz", "Revolut"],
    },
  },
  {
    industry: "design",
    titles: {
      zh: ["UI 设计师", "用户体验设计师", "设计总监", "交互设计师", "产品设计师"],
      en: ["UI Designer", "UX Designer", "Design Director", "Interaction Designer", "Product Designer"],
    },
    skills: {
      zh: ["用户体验", "交互设计", "Figma", "视觉设计", "用户研究", "设计系统", "原型设计", "品牌设计"],
      en: [
        "User experience",
        "Interaction design",
        "Figma",
        "Visual design",
        "User research",
        "Design systems",
        "Prototyping",
        "Accessibility",
      ],
    },
    companies: {
      zh: ["腾讯", "字节跳动", "网易", "蔚来", "杭州云帆科技"],
      en: ["IDEO", "Figma", "Canva", "Miro", "Northwind Software"],
    },
  },
  {
    industry: "manufacturing",
    titles: {
      zh: ["生产经理", "供应链总监", "质量工程师", "采购经理", "工厂厂长"],
      en: [
        "Production Manager",
        "Supply Chain Director",
        "Quality Engineer",
        "Procurement Manager",
        "Plant Manager",
      ],
    },
    skills: {
      zh: ["精益生产", "供应链管理", "质量管理", "采购", "ISO 9001", "六西格玛", "生产计划", "成本控制"],
      en: [
        "Lean manufacturing",
        "Supply chain",
        "Quality management",
        "Procurement",
        "ISO 9001",
        "Six Sigma",
        "Production planning",
        "Cost control",
      ],
    },
    companies: {
      zh: ["比亚迪", "海尔", "美的集团", "宁德时代", "宁波精工机械"],
      en: ["Bosch", "Siemens", "Toyota", "Schneider Electric", "Rhine Precision"],
    },
  },
  {
    industry: "human_resources",
    titles: {
      zh: ["招聘经理", "人力资源总监", "HRBP", "猎头顾问", "培训经理"],
      en: [
        "Talent Acquisition Manager",
        "HR Director",
        "HR Business Partner",
        "Executive Recruiter",
        "Learning & Development Manager",
      ],
    },
    skills: {
      zh: ["招聘", "人才发展", "薪酬绩效", "员工关系", "组织发展", "猎头", "雇主品牌", "培训"],
      en: [
        "Recruiting",
        "Talent development",
        "Compensation",
        "Employee relations",
        "Organisational development",
        "Executive search",
        "Employer branding",
        "Training",
      ],
    },
    companies: {
      zh: ["智联招聘", "前程无忧", "万宝盛华", "字节跳动", "美团"],
      en: ["Randstad", "Hays", "Michael Page", "Workday", "Personio"],
    },
  },
];

export const PLACES = {
  zh: [
    { city: "杭州", region: "浙江", country: "CN" },
    { city: "上海", region: null, country: "CN" },
    { city: "北京", region: null, country: "CN" },
    { city: "深圳", region: "广东", country: "CN" },
    { city: "广州", region: "广东", country: "CN" },
    { city: "成都", region: "四川", country: "CN" },
    { city: "南京", region: "江苏", country: "CN" },
    { city: "新加坡", region: null, country: "SG" },
  ],
  en: [
    { city: "Berlin", region: null, country: "DE" },
    { city: "London", region: null, country: "GB" },
    { city: "San Francisco", region: "California", country: "US" },
    { city: "New York", region: "New York", country: "US" },
    { city: "Singapore", region: null, country: "SG" },
    { city: "Madrid", region: null, country: "ES" },
    { city: "Toronto", region: "Ontario", country: "CA" },
    { city: "Shanghai", region: null, country: "CN" },
  ],
};

export const SCHOOLS = {
  zh: [
    { school: "浙江大学", degrees: ["学士", "硕士"] },
    { school: "复旦大学", degrees: ["学士", "硕士"] },
    { school: "清华大学", degrees: ["学士", "硕士", "博士"] },
    { school: "北京大学", degrees: ["学士", "硕士"] },
    { school: "上海交通大学", degrees: ["学士", "硕士"] },
    { school: "中山大学", degrees: ["学士"] },
    { school: "华东政法大学", degrees: ["法学学士", "法学硕士"] },
  ],
  en: [
    { school: "Technical University of Munich", degrees: ["B.Sc.", "M.Sc."] },
    { school: "University of Oxford", degrees: ["BA", "MSc"] },
    { school: "Stanford University", degrees: ["BS", "MS", "MBA"] },
    { school: "National University of Singapore", degrees: ["BSc", "MSc"] },
    { school: "Humboldt University of Berlin", degrees: ["BA", "MA"] },
    { school: "University of Toronto", degrees: ["BSc", "MBA"] },
    { school: "IE Business School", degrees: ["MBA"] },
  ],
};

export const FIELDS = {
  zh: ["计算机科学", "工商管理", "法学", "市场营销", "金融学", "工业设计", "机械工程", "人力资源管理"],
  en: [
    "Computer Science",
    "Business Administration",
    "Law",
    "Marketing",
    "Finance",
    "Industrial Design",
    "Mechanical Engineering",
    "Psychology",
  ],
};

export const CERTIFICATIONS = [
  { name: "PMP®", issuer: "Project Management Institute" },
  { name: "AWS Certified Solutions Architect – Associate", issuer: "Amazon Web Services" },
  { name: "CFA Level II", issuer: "CFA Institute" },
  { name: "Google Analytics Certification", issuer: "Google" },
  { name: "法律职业资格证书", issuer: "中华人民共和国司法部" },
  { name: "注册会计师 (CPA)", issuer: "中国注册会计师协会" },
];

export const LANGUAGES = {
  zh: [
    { name: "中文", proficiency: "native_or_bilingual" },
    { name: "英语", proficiency: "professional_working" },
    { name: "日语", proficiency: "elementary" },
  ],
  en: [
    { name: "English", proficiency: "native_or_bilingual" },
    { name: "German", proficiency: "professional_working" },
    { name: "Mandarin Chinese", proficiency: "limited_working" },
    { name: "Spanish", proficiency: "full_professional" },
  ],
} as const;

export const ABOUT_OPENERS = {
  zh: [
    "十年来一直专注于{field}，相信好的产品来自对用户的耐心倾听。",
    "在{company}负责{title}相关工作，喜欢把复杂的问题拆解成清晰的步骤。",
    "热爱{field}，也热爱分享：欢迎交流行业观察和职场成长。",
  ],
  en: [
    "I have spent the last decade in {field}, and I believe good work starts with listening.",
    "At {company} I work as {title}, turning messy problems into clear next steps.",
    "Passionate about {field} and about sharing what I learn. Happy to connect and swap notes.",
  ],
};
