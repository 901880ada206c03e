// Demo job titles and skills by industry, in Chinese and English (law, retail, manufacturing, logistics, energy).
import type { Pool } from "./job-content";

export const LEGAL: Pool = {
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

export const RETAIL: Pool = {
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

export const MANUFACTURING: Pool = {
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

export const LOGISTICS: Pool = {
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

export const ENERGY: Pool = {
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
