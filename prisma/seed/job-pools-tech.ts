// Demo job titles and skills by industry, in Chinese and English (software, e-commerce, marketing, hardware, education).
import type { Pool } from "./job-content";

export const SOFTWARE: Pool = {
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

export const ECOMMERCE: Pool = {
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

export const MARKETING: Pool = {
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

export const HARDWARE: Pool = {
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

export const EDUCATION: Pool = {
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
