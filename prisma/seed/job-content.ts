// What the demo's jobs say: titles and skills by industry, in Chinese and English, and the pieces their
// descriptions are written from (jobs.ts puts them together for each company).

export type JobTemplate = { title: string; skills: string[]; nice: string[]; duty: string };
type Pool = { zh: JobTemplate[]; en: JobTemplate[] };

const SOFTWARE: Pool = {
  zh: [
    {
      title: "高级前端工程师",
      skills: ["React", "TypeScript"],
      nice: ["Next.js"],
      duty: "负责 SaaS 产品的前端架构与性能优化",
    },
    {
      title: "后端开发工程师（Go）",
      skills: ["Go", "PostgreSQL"],
      nice: ["Kubernetes"],
      duty: "设计并实现高并发的订单与支付服务",
    },
    {
      title: "产品经理",
      skills: ["产品设计", "数据分析"],
      nice: ["SaaS"],
      duty: "负责企业协同产品的需求分析与迭代规划",
    },
    {
      title: "测试开发工程师",
      skills: ["自动化测试", "Python"],
      nice: ["Playwright"],
      duty: "搭建自动化测试体系，保障每次发布的质量",
    },
    {
      title: "数据分析师",
      skills: ["SQL", "Python"],
      nice: ["Tableau"],
      duty: "通过数据洞察驱动增长与产品决策",
    },
    {
      title: "UI/UX 设计师",
      skills: ["Figma", "交互设计"],
      nice: ["设计系统"],
      duty: "负责产品的交互与视觉设计，维护设计系统",
    },
    {
      title: "前端开发实习生",
      skills: ["JavaScript", "React"],
      nice: ["CSS"],
      duty: "在导师指导下参与真实项目的前端开发",
    },
    {
      title: "DevOps 工程师",
      skills: ["Kubernetes", "Linux"],
      nice: ["Terraform"],
      duty: "负责 CI/CD 与云上基础设施的稳定运行",
    },
  ],
  en: [
    {
      title: "Senior Frontend Engineer",
      skills: ["React", "TypeScript"],
      nice: ["Next.js"],
      duty: "own the frontend architecture of our SaaS product",
    },
    {
      title: "Backend Engineer (Go)",
      skills: ["Go", "PostgreSQL"],
      nice: ["Kubernetes"],
      duty: "build the services behind billing and orders",
    },
    {
      title: "Product Manager",
      skills: ["Product Management", "Data Analysis"],
      nice: ["B2B SaaS"],
      duty: "turn customer problems into a clear roadmap",
    },
    {
      title: "Site Reliability Engineer",
      skills: ["Kubernetes", "Linux"],
      nice: ["Terraform"],
      duty: "keep our platform fast and available",
    },
    {
      title: "Data Engineer",
      skills: ["Python", "SQL"],
      nice: ["Airflow"],
      duty: "build the pipelines our analytics depend on",
    },
    {
      title: "Product Designer",
      skills: ["Figma", "UX Research"],
      nice: ["Design Systems"],
      duty: "design flows that make complex work simple",
    },
    {
      title: "Software Engineering Intern",
      skills: ["JavaScript"],
      nice: ["React"],
      duty: "ship real features with a mentor at your side",
    },
  ],
};

const ECOMMERCE: Pool = {
  zh: [
    {
      title: "跨境电商运营",
      skills: ["亚马逊运营", "数据分析"],
      nice: ["英语"],
      duty: "负责亚马逊与独立站店铺的日常运营与增长",
    },
    {
      title: "电商产品经理",
      skills: ["产品设计", "电子商务"],
      nice: ["供应链"],
      duty: "负责商城与会员体系的产品规划",
    },
    {
      title: "直播运营专员",
      skills: ["直播运营", "内容策划"],
      nice: ["抖音"],
      duty: "策划并执行品牌直播间的日常直播",
    },
    {
      title: "供应链专员",
      skills: ["采购", "库存管理"],
      nice: ["ERP"],
      duty: "对接供应商，保障备货与库存周转",
    },
    {
      title: "电商运营实习生",
      skills: ["Excel", "内容策划"],
      nice: ["短视频"],
      duty: "协助店铺运营与活动执行",
    },
  ],
  en: [
    {
      title: "E-commerce Manager",
      skills: ["E-commerce", "Shopify"],
      nice: ["Google Analytics"],
      duty: "grow our online store across Europe",
    },
    {
      title: "Marketplace Specialist",
      skills: ["Amazon Seller Central", "Excel"],
      nice: ["German"],
      duty: "run our Amazon and marketplace listings",
    },
    {
      title: "Product Manager, Checkout",
      skills: ["Product Management", "E-commerce"],
      nice: ["Payments"],
      duty: "make checkout faster and more reliable",
    },
    {
      title: "Supply Chain Analyst",
      skills: ["Supply Chain", "SQL"],
      nice: ["SAP"],
      duty: "forecast demand and keep stock moving",
    },
  ],
};

const LEGAL: Pool = {
  zh: [
    {
      title: "知识产权律师",
      skills: ["知识产权", "商标"],
      nice: ["英语"],
      duty: "办理商标、专利与著作权相关业务",
    },
    { title: "公司法务", skills: ["合同审查", "公司法"], nice: ["合规"], duty: "负责合同审查与日常法律咨询" },
    {
      title: "律师助理",
      skills: ["法律检索", "文书写作"],
      nice: ["英语"],
      duty: "协助律师完成案件材料与法律检索",
    },
    { title: "专利代理师", skills: ["专利", "机械"], nice: ["电子"], duty: "撰写与答复专利申请文件" },
    { title: "法务实习生", skills: ["法律检索"], nice: ["英语"], duty: "参与合同审查与尽职调查" },
  ],
  en: [
    {
      title: "Associate, Corporate Law",
      skills: ["Corporate Law", "M&A"],
      nice: ["German"],
      duty: "advise clients on transactions and governance",
    },
    {
      title: "Trademark Attorney",
      skills: ["Trademarks", "Intellectual Property"],
      nice: ["Chinese"],
      duty: "manage international trademark portfolios",
    },
    {
      title: "Paralegal",
      skills: ["Legal Research", "Drafting"],
      nice: ["Litigation"],
      duty: "support our disputes team",
    },
    {
      title: "Compliance Officer",
      skills: ["Compliance", "GDPR"],
      nice: ["Audit"],
      duty: "keep our clients ahead of regulation",
    },
  ],
};

const RETAIL: Pool = {
  zh: [
    {
      title: "门店店长",
      skills: ["门店管理", "团队管理"],
      nice: ["零售"],
      duty: "负责门店的销售、团队与顾客体验",
    },
    {
      title: "品牌市场专员",
      skills: ["品牌营销", "新媒体"],
      nice: ["小红书"],
      duty: "策划品牌活动与社交媒体内容",
    },
    { title: "咖啡师", skills: ["咖啡制作"], nice: ["拉花"], duty: "为顾客制作每一杯好咖啡" },
    { title: "采购经理", skills: ["采购", "供应商管理"], nice: ["英语"], duty: "负责原料采购与供应商开发" },
  ],
  en: [
    {
      title: "Store Manager",
      skills: ["Retail Management", "Leadership"],
      nice: ["Visual Merchandising"],
      duty: "lead a flagship store and its team",
    },
    {
      title: "Buyer",
      skills: ["Buying", "Negotiation"],
      nice: ["Mandarin"],
      duty: "source the products our customers love",
    },
    {
      title: "CRM Marketing Manager",
      skills: ["CRM", "Email Marketing"],
      nice: ["Braze"],
      duty: "keep our customers coming back",
    },
  ],
};

const MARKETING: Pool = {
  zh: [
    {
      title: "新媒体运营",
      skills: ["新媒体", "内容策划"],
      nice: ["视频剪辑"],
      duty: "运营公众号、小红书与视频号",
    },
    { title: "市场经理", skills: ["品牌营销", "活动策划"], nice: ["B2B"], duty: "制定并执行年度市场计划" },
  ],
  en: [
    {
      title: "Account Director",
      skills: ["Account Management", "Brand Strategy"],
      nice: ["Dutch"],
      duty: "lead relationships with our biggest clients",
    },
    {
      title: "Performance Marketing Manager",
      skills: ["Google Ads", "Meta Ads"],
      nice: ["SQL"],
      duty: "turn budget into measurable growth",
    },
    {
      title: "Content Strategist",
      skills: ["Content Strategy", "Copywriting"],
      nice: ["SEO"],
      duty: "shape stories for brands across Europe",
    },
    {
      title: "Marketing Intern",
      skills: ["Social Media"],
      nice: ["Canva"],
      duty: "learn the craft on real client work",
    },
  ],
};

const MANUFACTURING: Pool = {
  zh: [
    {
      title: "机械设计工程师",
      skills: ["SolidWorks", "机械设计"],
      nice: ["AutoCAD"],
      duty: "负责数控机床零部件的结构设计",
    },
    {
      title: "质量工程师",
      skills: ["质量管理", "ISO 9001"],
      nice: ["六西格玛"],
      duty: "建立并改进产品质量控制体系",
    },
    { title: "外贸业务员", skills: ["外贸", "英语"], nice: ["德语"], duty: "开发与维护海外客户" },
    {
      title: "生产主管",
      skills: ["生产管理", "精益生产"],
      nice: ["ERP"],
      duty: "负责车间生产计划与现场管理",
    },
    { title: "工艺工程师", skills: ["工艺设计", "CNC"], nice: ["自动化"], duty: "优化加工工艺，提高良品率" },
  ],
  en: [
    {
      title: "Mechanical Engineer",
      skills: ["CAD", "Mechanical Engineering"],
      nice: ["SolidWorks"],
      duty: "design precision components",
    },
    {
      title: "Quality Manager",
      skills: ["Quality Management", "ISO 9001"],
      nice: ["Six Sigma"],
      duty: "own quality from supplier to customer",
    },
    {
      title: "Production Planner",
      skills: ["Production Planning", "SAP"],
      nice: ["Lean"],
      duty: "keep the line running on schedule",
    },
    {
      title: "Export Sales Manager",
      skills: ["B2B Sales", "Export"],
      nice: ["Chinese"],
      duty: "grow our business in Asia",
    },
  ],
};

const HARDWARE: Pool = {
  zh: [
    { title: "嵌入式软件工程师", skills: ["C", "嵌入式"], nice: ["RTOS"], duty: "开发智能硬件产品的固件" },
    { title: "硬件工程师", skills: ["电路设计", "PCB"], nice: ["射频"], duty: "负责消费电子产品的电路设计" },
    {
      title: "硬件产品经理",
      skills: ["产品设计", "硬件"],
      nice: ["供应链"],
      duty: "从定义到量产负责一款硬件产品",
    },
  ],
  en: [
    {
      title: "Firmware Engineer",
      skills: ["C", "Embedded Systems"],
      nice: ["Bluetooth"],
      duty: "write firmware for our devices",
    },
  ],
};

const LOGISTICS: Pool = {
  zh: [
    { title: "物流调度", skills: ["物流", "调度"], nice: ["TMS"], duty: "安排每日干线与城配车辆" },
    {
      title: "跨境物流专员",
      skills: ["跨境物流", "报关"],
      nice: ["英语"],
      duty: "处理出口订舱、报关与海外仓对接",
    },
    {
      title: "仓储主管",
      skills: ["仓储管理", "WMS"],
      nice: ["团队管理"],
      duty: "管理仓库的收发存与人员排班",
    },
  ],
  en: [
    {
      title: "Logistics Coordinator",
      skills: ["Logistics", "Freight Forwarding"],
      nice: ["Mandarin"],
      duty: "coordinate shipments between China and Europe",
    },
  ],
};

const EDUCATION: Pool = {
  zh: [
    { title: "课程顾问", skills: ["销售", "沟通"], nice: ["教育行业"], duty: "为家长与学生提供课程咨询" },
    { title: "数学老师", skills: ["教学", "数学"], nice: ["教师资格证"], duty: "讲授初高中数学课程" },
    { title: "教研产品经理", skills: ["产品设计", "教研"], nice: ["在线教育"], duty: "打造线上学习产品" },
  ],
  en: [
    {
      title: "English Teacher",
      skills: ["Teaching", "English"],
      nice: ["TEFL"],
      duty: "teach English to teenagers in Beijing",
    },
  ],
};

const ENERGY: Pool = {
  zh: [
    { title: "光伏项目经理", skills: ["项目管理", "光伏"], nice: ["德语"], duty: "负责光伏电站项目的交付" },
  ],
  en: [
    {
      title: "Solar Project Manager",
      skills: ["Project Management", "Solar"],
      nice: ["German"],
      duty: "deliver rooftop solar projects",
    },
    {
      title: "Electrical Engineer",
      skills: ["Electrical Engineering", "PV Design"],
      nice: ["AutoCAD"],
      duty: "design PV systems for businesses",
    },
    {
      title: "Sales Engineer",
      skills: ["B2B Sales", "Solar"],
      nice: ["German"],
      duty: "help companies go solar",
    },
  ],
};

export const JOB_POOLS: Record<string, Pool> = {
  software: SOFTWARE,
  ecommerce: ECOMMERCE,
  legal: LEGAL,
  retail: RETAIL,
  marketing: MARKETING,
  manufacturing: MANUFACTURING,
  hardware: HARDWARE,
  logistics: LOGISTICS,
  education: EDUCATION,
  energy: ENERGY,
};

/** A description in the job's language, in the shape recruiters write them. */
export function describeJob(template: JobTemplate, company: string, isChinese: boolean): string {
  if (isChinese)
    return [
      `**${company}** 正在招聘${template.title}，${template.duty}。`,
      "**岗位职责**",
      `- ${template.duty}\n- 与产品、设计和业务团队紧密协作\n- 持续改进流程与工具`,
      "**任职要求**",
      `- 熟悉${template.skills.join("、")}\n- 良好的沟通能力和责任心\n- 有${template.nice.join("、")}经验者优先`,
      "**我们提供**",
      "- 五险一金、年度体检\n- 弹性工作时间\n- 清晰的成长路径",
    ].join("\n\n");
  return [
    `**${company}** is hiring: you will ${template.duty}.`,
    "**What you'll do**",
    `- ${template.duty[0]!.toUpperCase()}${template.duty.slice(1)}\n- Work closely with product, design and the business\n- Improve how we work, every week`,
    "**What we look for**",
    `- Hands-on experience with ${template.skills.join(" and ")}\n- Clear communication, in English (Chinese is a plus)\n- Bonus: ${template.nice.join(", ")}`,
    "**What we offer**",
    "- Flexible hours and hybrid work\n- Learning budget\n- A kind, ambitious team",
  ].join("\n\n");
}

export const SCREENING_QUESTIONS = {
  zh: [
    { kind: "yes_no" as const, prompt: "你能在一个月内入职吗？", isRequired: true },
    { kind: "number" as const, prompt: "你有几年相关工作经验？", isRequired: true },
    { kind: "text" as const, prompt: "你的期望薪资是多少？", isRequired: false },
  ],
  en: [
    { kind: "yes_no" as const, prompt: "Can you start within a month?", isRequired: true },
    {
      kind: "number" as const,
      prompt: "How many years of relevant experience do you have?",
      isRequired: true,
    },
    { kind: "text" as const, prompt: "What is your notice period?", isRequired: false },
  ],
};
