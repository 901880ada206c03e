// The demo's company pages: SMEs in China and Europe with their contact blocks, products, an announcement and a
// few posts each. Names match the companies in the demo profiles (profile-pools.ts), so their people link up.
// Contact details use reserved example domains and numbers.
import type { Industry } from "@/lib/profiles/industries";
import { MORE_COMPANIES } from "./company-content-more";

export type CompanySeed = {
  slug: string;
  nameZh?: string;
  nameEn?: string;
  lang: "zh" | "en";
  industry: Industry;
  size: "size_1_10" | "size_11_50" | "size_51_200" | "size_201_500" | "size_501_1000" | "size_1001_5000";
  type: "private" | "public" | "partnership" | "nonprofit" | "educational";
  founded: number;
  city: string;
  region?: string;
  country: string;
  address: string;
  phone: string;
  fax?: string;
  domain: string;
  contact: [name: string, title: string];
  tagline: string;
  about: string;
  specialties: string[];
  locations?: { city: string; country: string; address?: string }[];
  products: { name: string; description: string }[];
  announcement: { title: string; body: string };
  posts: string[];
  color: string;
  isVerified?: boolean;
};

/** Every demo page: these, then more SMEs across industries (company-content-more.ts). */
export const COMPANIES: CompanySeed[] = [
  {
    slug: "yunfan-tech",
    nameZh: "杭州云帆科技",
    nameEn: "Hangzhou Yunfan Technology",
    lang: "zh",
    industry: "software",
    size: "size_51_200",
    type: "private",
    founded: 2016,
    city: "杭州",
    region: "浙江",
    country: "CN",
    address: "浙江省杭州市余杭区文一西路 998 号海创园 5 号楼",
    phone: "+86 571 5555 0101",
    fax: "+86 571 5555 0102",
    domain: "yunfan-tech.example",
    contact: ["张聪聪", "产品总监"],
    tagline: "为跨境电商卖家打造的一站式 SaaS",
    about:
      "云帆科技为 **3000+** 家跨境电商卖家提供店铺管理、智能选品和多平台订单系统。\n\n我们相信好的工具能让中小企业和大公司站在同一起跑线上。",
    specialties: ["跨境电商 SaaS", "智能选品", "多平台订单管理", "数据分析"],
    locations: [
      { city: "深圳", country: "CN", address: "南山区科技园科苑路 15 号" },
      { city: "Singapore", country: "SG" },
    ],
    products: [
      {
        name: "云帆店铺管家",
        description:
          "一个后台管理亚马逊、Shopee、TikTok Shop 等 12 个平台的店铺与订单，安装简单，十分钟上线。",
      },
      { name: "智能选品助手", description: "基于销量与评价数据，每周推荐潜力商品，附利润测算。" },
      {
        name: "云帆数据看板",
        description: "把广告、库存和利润放在同一张看板上，待处理的订单和退款一目了然。",
      },
    ],
    announcement: {
      title: "云帆店铺管家 5.0 正式上线",
      body: "新版支持 TikTok Shop 美国站，订单同步速度提升 3 倍。老用户免费升级，欢迎预约演示。",
    },
    posts: [
      "我们的 2026 跨境电商卖家调研报告出炉了：68% 的中小卖家计划今年开拓第二个平台。完整报告见官网。#跨境电商 #SaaS",
      "云帆团队又壮大了！本月有 6 位新同学加入产品和工程团队，欢迎大家 🎉 #招聘 #杭州",
    ],
    color: "#0a66c2",
    isVerified: true,
  },
  {
    slug: "northwind-software",
    nameEn: "Northwind Software",
    nameZh: "北风软件",
    lang: "en",
    industry: "software",
    size: "size_51_200",
    type: "private",
    founded: 2018,
    city: "Berlin",
    country: "DE",
    address: "Torstraße 120, 10119 Berlin",
    phone: "+49 30 5555 0100",
    domain: "northwind.example",
    contact: ["Maria Lopez", "Head of Partnerships"],
    tagline: "Partner management software for B2B SaaS",
    about:
      "Northwind helps B2B software companies **grow through partners**: referral tracking, co-selling workflows and partner payouts in one place.\n\nWe are a remote-friendly team of 90 from 24 countries, headquartered in Berlin.",
    specialties: ["Partner relationship management", "SaaS", "Channel sales", "Remote work"],
    locations: [
      { city: "Madrid", country: "ES", address: "Calle de Alcalá 21" },
      { city: "Singapore", country: "SG" },
    ],
    products: [
      {
        name: "Northwind PRM",
        description:
          "Onboard, enable and pay partners from one portal, with CRM sync for HubSpot and Salesforce.",
      },
      {
        name: "Co-sell Rooms",
        description: "Shared deal rooms where your sellers and your partners' sellers close together.",
      },
      { name: "Payouts", description: "Commission rules, approvals and payouts in 40 currencies." },
    ],
    announcement: {
      title: "Northwind is now available in Asia-Pacific",
      body: "Our Singapore data centre is live: customers in APAC can keep their partner data in the region.",
    },
    posts: [
      "Partner-sourced revenue grew 2.3× for teams that co-sell on deals they source together. Our 2026 benchmark is out. #saas #partnerships",
      "We're hiring a Senior Frontend Engineer (remote, EU time zones). React, TypeScript and a love for tidy UIs. #hiring #remotework",
    ],
    color: "#1f7a5a",
    isVerified: true,
  },
  {
    slug: "zhimeng-ecommerce",
    nameZh: "杭州织梦电商",
    nameEn: "Zhimeng E-commerce",
    lang: "zh",
    industry: "ecommerce",
    size: "size_11_50",
    type: "private",
    founded: 2019,
    city: "杭州",
    region: "浙江",
    country: "CN",
    address: "浙江省杭州市滨江区江南大道 3688 号",
    phone: "+86 571 5555 0201",
    domain: "zhimeng-shop.example",
    contact: ["陈静", "运营经理"],
    tagline: "原创设计家居好物，卖向全球",
    about:
      "织梦电商是一家专注原创家居设计的跨境电商公司，产品销往 30 多个国家。我们和 40 多家浙江工厂合作，坚持小批量、快迭代。",
    specialties: ["跨境电商", "家居设计", "独立站运营", "供应链管理"],
    products: [
      { name: "织梦原创抱枕系列", description: "手工刺绣，100% 棉麻面料，已售出 20 万件。" },
      { name: "跨境独立站代运营", description: "帮助同行工厂搭建 Shopify 独立站，从选品到投放一条龙。" },
    ],
    announcement: {
      title: "双十二大促备货通知",
      body: "仓库将于 12 月 1 日起延长发货时间，请合作伙伴提前两周确认订单。",
    },
    posts: [
      "今年黑五，我们独立站的复购率第一次超过了 30%。内容营销比投放更值钱。#跨境电商 #独立站",
      "和宁波的一家老工厂合作三年了，他们的刺绣工艺是我们产品的灵魂。#供应链",
    ],
    color: "#b45309",
  },
  {
    slug: "mingli-law",
    nameZh: "上海明理律师事务所",
    nameEn: "Mingli Law Offices",
    lang: "zh",
    industry: "legal",
    size: "size_51_200",
    type: "partnership",
    founded: 2008,
    city: "上海",
    country: "CN",
    address: "上海市浦东新区世纪大道 100 号环球金融中心 42 层",
    phone: "+86 21 5555 0301",
    fax: "+86 21 5555 0302",
    domain: "mingli-law.example",
    contact: ["刘洋", "合伙人"],
    tagline: "专注跨境投资与知识产权的综合性律师事务所",
    about:
      "明理律师事务所成立于 2008 年，拥有 120 余名律师，在跨境并购、知识产权、数据合规领域为 500 多家中外企业提供服务。",
    specialties: ["跨境并购", "知识产权", "数据合规", "劳动法"],
    locations: [{ city: "北京", country: "CN", address: "朝阳区建国门外大街 1 号国贸大厦" }],
    products: [
      { name: "出海合规体检", description: "两周内完成目标市场的数据、税务与劳动合规评估，出具书面报告。" },
      { name: "知识产权布局", description: "商标、专利的全球布局与维权，覆盖 50 多个国家和地区。" },
    ],
    announcement: {
      title: "数据出境新规解读会",
      body: "12 月 10 日下午，我们将在上海办公室举办数据出境合规解读会，名额有限。",
    },
    posts: [
      "企业出海第一步不是找客户，而是做合规体检。我们总结了 10 个最常见的坑。#出海 #合规",
      "恭喜我所知识产权团队入选年度推荐律所榜单！#知识产权",
    ],
    color: "#7c2d12",
    isVerified: true,
  },
  {
    slug: "hanseatic-legal",
    nameEn: "Hanseatic Legal",
    lang: "en",
    industry: "legal",
    size: "size_11_50",
    type: "partnership",
    founded: 2011,
    city: "Hamburg",
    country: "DE",
    address: "Ballindamm 7, 20095 Hamburg",
    phone: "+49 40 5555 0400",
    fax: "+49 40 5555 0401",
    domain: "hanseatic-legal.example",
    contact: ["Jonas Weber", "Partner"],
    tagline: "Commercial law for companies trading between Europe and Asia",
    about:
      "A boutique firm of 30 lawyers advising importers, exporters and logistics companies on contracts, customs and disputes.",
    specialties: ["Trade law", "Customs", "Commercial contracts", "Arbitration"],
    products: [
      {
        name: "Import contract review",
        description: "Fixed-fee review of supplier contracts in German, English or Chinese.",
      },
      { name: "Customs audit", description: "A two-week review of your customs classifications and duties." },
    ],
    announcement: {
      title: "New office hours in Shanghai",
      body: "Our China desk now meets clients in Shanghai every first week of the month.",
    },
    posts: [
      "The EU's new customs data rules start next year. Here is what importers need to prepare now. #customs #trade",
    ],
    color: "#1e3a8a",
  },
  {
    slug: "global-goods",
    nameEn: "Global Goods GmbH",
    lang: "en",
    industry: "ecommerce",
    size: "size_51_200",
    type: "private",
    founded: 2014,
    city: "Munich",
    country: "DE",
    address: "Leopoldstraße 50, 80802 München",
    phone: "+49 89 5555 0500",
    domain: "globalgoods.example",
    contact: ["Lena Fischer", "Head of Sourcing"],
    tagline: "Sustainable home goods, sourced fairly",
    about:
      "Global Goods sells sustainable home goods online in 12 European countries and sources from 60 workshops in Asia and Africa.",
    specialties: ["E-commerce", "Sustainable sourcing", "Marketplaces"],
    products: [
      {
        name: "Fair Home collection",
        description: "Textiles and ceramics made by certified fair-trade workshops.",
      },
      {
        name: "Sourcing audits",
        description: "We audit workshops for partners who want the same standards.",
      },
    ],
    announcement: {
      title: "Supplier summit in Hangzhou",
      body: "We meet our Chinese suppliers in Hangzhou on 15 December. Partners welcome.",
    },
    posts: [
      "Our customers ask where things come from. Now every product page shows the workshop that made it. #sustainability #ecommerce",
    ],
    color: "#15803d",
  },
  {
    slug: "harbour-retail",
    nameEn: "Harbour Retail",
    lang: "en",
    industry: "retail",
    size: "size_201_500",
    type: "private",
    founded: 2005,
    city: "London",
    country: "GB",
    address: "12 Canary Wharf, London E14 5AB",
    phone: "+44 20 5555 0600",
    domain: "harbour-retail.example",
    contact: ["Oliver Smith", "Partnerships"],
    tagline: "Neighbourhood stores, online and on the high street",
    about:
      "Harbour Retail runs 48 neighbourhood stores in the UK and a same-day delivery service in six cities.",
    specialties: ["Retail", "Omnichannel", "Same-day delivery"],
    products: [
      { name: "Harbour Same Day", description: "Same-day delivery from the nearest store in six UK cities." },
      { name: "Local Makers shelf", description: "A shelf in every store for products from local makers." },
    ],
    announcement: {
      title: "Local Makers applications open",
      body: "Small brands can apply for a shelf in our stores until 31 December.",
    },
    posts: ["48 stores, one promise: if it's on the shelf, it's at your door today. #retail"],
    color: "#0e7490",
  },
  {
    slug: "huadong-ip",
    nameZh: "华东知识产权代理",
    nameEn: "East China IP Agency",
    lang: "zh",
    industry: "legal",
    size: "size_11_50",
    type: "private",
    founded: 2012,
    city: "苏州",
    region: "江苏",
    country: "CN",
    address: "江苏省苏州市工业园区星湖街 328 号",
    phone: "+86 512 5555 0701",
    domain: "huadong-ip.example",
    contact: ["周敏", "总经理"],
    tagline: "专利与商标代理，服务长三角制造企业",
    about: "华东知识产权代理为 800 多家制造企业提供专利申请、商标注册和海外维权服务。",
    specialties: ["专利申请", "商标注册", "海外维权"],
    products: [
      { name: "专利快审通道", description: "协助符合条件的企业申请专利优先审查，最快 3 个月授权。" },
      { name: "海外商标注册", description: "马德里体系一站式注册，覆盖 120 多个国家。" },
    ],
    announcement: { title: "年底商标续展提醒", body: "请于 12 月 20 日前确认即将到期的商标续展事宜。" },
    posts: ["制造企业出海，商标一定要先注册。今年我们帮客户追回了 3 个被抢注的商标。#知识产权 #出海"],
    color: "#6d28d9",
  },
  {
    slug: "brightline-agency",
    nameEn: "Brightline Agency",
    lang: "en",
    industry: "marketing",
    size: "size_11_50",
    type: "private",
    founded: 2017,
    city: "Amsterdam",
    country: "NL",
    address: "Keizersgracht 200, 1016 DZ Amsterdam",
    phone: "+31 20 5555 0800",
    domain: "brightline.example",
    contact: ["Sophie de Vries", "Managing Director"],
    tagline: "Brand and performance marketing for challenger brands",
    about:
      "Brightline is a 35-person agency helping challenger brands launch in Europe, with teams for brand, content and paid media.",
    specialties: ["Brand strategy", "Performance marketing", "Content", "Market entry"],
    products: [
      {
        name: "EU Launch Sprint",
        description: "Eight weeks from positioning to first campaigns in three EU markets.",
      },
      { name: "Creator programmes", description: "We find, brief and manage creators in 9 languages." },
    ],
    announcement: {
      title: "We joined the B Corp movement",
      body: "Brightline is now a certified B Corporation.",
    },
    posts: [
      "Three things Asian brands get wrong when they launch in Europe — and how to fix them. #marketing #marketentry",
    ],
    color: "#db2777",
  },
  {
    slug: "jinggong-machinery",
    nameZh: "宁波精工机械",
    nameEn: "Ningbo Precision Machinery",
    lang: "zh",
    industry: "manufacturing",
    size: "size_201_500",
    type: "private",
    founded: 1998,
    city: "宁波",
    region: "浙江",
    country: "CN",
    address: "浙江省宁波市北仑区新碶街道明州路 88 号",
    phone: "+86 574 5555 0901",
    fax: "+86 574 5555 0902",
    domain: "jinggong-nb.example",
    contact: ["王强", "销售总监"],
    tagline: "精密数控零部件制造，二十五年专注",
    about: "宁波精工机械专业生产数控机床零部件和自动化设备，客户遍布德国、日本和美国。",
    specialties: ["数控加工", "精密零部件", "自动化设备", "出口制造"],
    products: [
      { name: "高精度主轴组件", description: "重复定位精度 ±0.002 mm，适配主流数控机床。" },
      { name: "自动上下料单元", description: "一台机器人服务两台机床，投资回收期 14 个月。" },
    ],
    announcement: {
      title: "汉诺威工业博览会参展通知",
      body: "我们将在 2027 年汉诺威展 17 号馆展出新一代主轴组件，欢迎预约洽谈。",
    },
    posts: ["和德国客户合作的第十年，今天迎来了第 10 万件主轴组件出货。#制造业 #出口"],
    color: "#475569",
    isVerified: true,
  },
  ...MORE_COMPANIES,
];
