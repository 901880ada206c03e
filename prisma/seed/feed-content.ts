// What the demo members write: posts and comments in Chinese and English, with hashtags, a few mentions
// ({mention} becomes a featured member's handle) and links whose previews the seed stores as fetched.

export const ZH_POSTS = [
  "今天和团队复盘了双十一的数据：转化率比去年提升了 18%，最大的功臣是把详情页的首屏加载时间从 3.2 秒压到了 1.1 秒。性能就是生意。#跨境电商 #性能优化",
  "做了八年产品经理，最大的体会：需求文档写得再漂亮，也比不上和用户面对面聊一个下午。本周去了三家工厂做访谈，收获满满。#产品管理 #用户研究",
  "招聘｜我们在杭州招高级前端工程师（React / TypeScript），团队氛围开放，支持混合办公。感兴趣的朋友私信我，或者推荐给身边的朋友 🙏 #招聘 #前端",
  "分享一个小习惯：每周五下午留出一个小时写周报，不是给老板看，而是给自己看——这周学到了什么，下周要放弃什么。坚持两年，受益匪浅。#职场成长",
  "刚刚结束在深圳的 AI 应用峰会。最大的感受：大模型已经从“能不能用”进入“怎么用好”的阶段，数据治理和评测体系才是护城河。#AI #数字化转型",
  "创业第三年，公司终于实现了月度盈亏平衡。感谢一路同行的伙伴，也感谢当初拒绝我们的投资人，让我们学会了先把生意做对。#创业",
  "跨境卖家注意：欧盟的新产品安全法规（GPSR）已经生效，商品页面需要标注欧盟负责人信息。我们整理了一份清单，欢迎交流。#跨境电商 #合规",
  "和 {mention} 聊了一个小时供应链金融，受益良多。中小企业的融资难题，很多时候不是缺钱，而是缺可信的数据。#供应链 #金融科技",
  "团队管理心得：一对一沟通不要只谈进度，多问一句“你最近最有成就感的事是什么”，会发现很多意想不到的答案。#管理 #领导力",
  "推荐一本书：《高效能人士的七个习惯》。重读之后对“以终为始”有了新的理解——先想清楚三年后想成为什么样的人，再决定今天做什么。#读书 #职场成长",
  "我们的 SaaS 产品今天正式上线英文版，第一批海外客户来自德国和新加坡。国际化不只是翻译，时区、货币、发票格式，每一个细节都是功课。#SaaS #出海",
  "数据分析师的日常：80% 的时间在清洗数据，20% 的时间在抱怨数据需要清洗 😂 大家有什么好用的数据质量工具推荐吗？#数据分析",
  "今天给新同事做入职培训，讲到公司的价值观“客户第一”。我更喜欢把它翻译成：每个决定都先问一句，这对客户有什么好处？#企业文化",
  "远程办公两年的经验：异步沟通写清楚背景、结论和需要对方做什么，会议数量减少了一半。#远程办公 #效率",
  "很高兴宣布：我加入了新的团队，担任产品总监，负责 B2B 电商平台。新的挑战，新的开始！#新工作",
  "参加了杭州的跨境电商交流会，和十几位卖家聊下来，大家最关心的三件事：物流成本、平台规则变化、品牌建设。#跨境电商",
  "技术债就像信用卡，短期很方便，利息却很惊人。我们这个季度拿出 20% 的研发时间专门还债，效果比预想的好。#技术管理 #架构",
  "给应届生的一点建议：第一份工作最重要的不是薪水，而是找到一个愿意教你的人。#职场成长 #校招",
  "这篇关于全文检索的文章写得很清楚，推荐给做搜索的朋友：https://www.meilisearch.com/blog #搜索 #技术",
  "今天的会议上，{mention} 提出了一个好问题：如果明天我们的最大客户离开，我们还剩下什么？值得每个创业公司思考。#创业 #风险管理",
  "法律人的提醒：签合同前一定要看清楚争议解决条款，仲裁还是诉讼、在哪里仲裁，出了问题时差别很大。#法律 #合规",
  "设计评审的新做法：先让工程师讲一遍设计稿，讲不清楚的地方往往就是体验问题所在。#设计 #产品管理",
];

export const EN_POSTS = [
  "Three lessons from scaling our customer success team from 4 to 40 people: hire for curiosity, write everything down, and measure outcomes, not tickets closed. #customersuccess #leadership",
  "We just shipped our Chinese localization. Biggest surprise: line height. CJK text needs more breathing room than Latin, and our design system had assumed otherwise. #i18n #design",
  "Hiring: we're looking for a senior backend engineer (TypeScript, PostgreSQL) in Berlin or remote within the EU. DM me or share with someone great. #hiring #remotework",
  "Hot take: most B2B onboarding problems are pricing page problems. If customers don't understand what they are buying, no tutorial will save you. #SaaS #productmanagement",
  "Spent the morning with {mention} talking about cross-border payments. The gap between how fast goods move and how slow money moves is still huge. #fintech #ecommerce",
  "Our team moved to four-day weeks six months ago. Output is up, sick days are down, and nobody wants to go back. Happy to share what we learned. #futureofwork",
  "Reading list for product managers this month: 'Continuous Discovery Habits' by Teresa Torres. The interview snapshot template alone is worth it. #productmanagement #books",
  "Just passed the AWS Solutions Architect Professional exam. Six weeks of evenings, one very patient partner. Onwards! #cloud #certification",
  "If your search box can't handle typos, your users are leaving. We measured it: 12% of queries had at least one typo. #search #ux",
  "Good read on building resilient systems: https://nextjs.org/blog #engineering #webdev",
  "Mentoring tip: ask 'what would you do if I weren't here?' before giving advice. Nine times out of ten they already know. #mentoring #leadership",
  "Our Berlin office is hosting a meetup on AI in supply chains next Thursday. Free, in English, pretzels included. #AI #supplychain #berlin",
  "Celebrating 5 years at the company today. Started as the third engineer, now leading a platform team of 25. Grateful for every code review along the way. #careergrowth",
  "Unpopular opinion: the best documentation is a well-named function. The second best is a test that shows how to use it. #engineering",
  "Excited to share that we closed our seed round to help SMEs in Southeast Asia sell across borders. The hard work starts now. #startups #ecommerce",
  "Customer interview of the week: 'I don't need more features, I need fewer clicks.' Printing that one on the wall. #productmanagement #ux",
  "Remote team ritual that works for us: a 15-minute Friday demo where anyone can show anything they built, however small. #remotework #culture",
  "Data privacy isn't a checkbox. We just finished our GDPR audit and the biggest win was deleting data we never needed in the first place. #privacy #compliance",
  "Looking for recommendations: what's your favourite tool for user research synthesis? We've outgrown sticky notes. #uxresearch",
  "Met {mention} at the Shanghai trade fair last week. Great conversation about how Chinese and European SMEs can partner on green manufacturing. #sustainability #trade",
  "A small change with a big effect: we started every sprint review with a customer quote. The conversation got sharper immediately. #agile #customercentric",
  "Negotiation lesson from a lawyer friend: the person who writes the first draft shapes the whole deal. Always offer to write it. #negotiation #business",
];

export const ZH_COMMENTS = [
  "说得太对了，深有同感！",
  "感谢分享，学到了。",
  "这个数据很有参考价值，能多讲讲具体怎么做的吗？",
  "恭喜恭喜！🎉",
  "我们公司也遇到过类似的问题，最后是通过流程梳理解决的。",
  "收藏了，回头仔细看。",
  "很有启发，转给团队了。",
  "期待后续的分享！",
];

export const EN_COMMENTS = [
  "Couldn't agree more. Thanks for sharing!",
  "This is really useful. Could you say more about how you measured it?",
  "Congratulations, well deserved! 🎉",
  "We saw the same thing at our company. Writing it down changed everything.",
  "Saving this for our next team meeting.",
  "Great point. The details make all the difference.",
  "Love this. Sharing with my team.",
  "Would be great to hear how this evolves.",
];

export const REPLIES = {
  "zh-CN": ["谢谢！", "好的，回头详细聊。", "感谢支持 🙏"],
  en: ["Thank you!", "Happy to, let's talk.", "Thanks for reading!"],
};

/** Previews for the links the posts carry, stored as if the worker had fetched them. */
export const LINK_PREVIEWS = [
  {
    url: "https://www.meilisearch.com/blog",
    title: "Meilisearch Blog",
    description: "News, tutorials and deep dives into search from the Meilisearch team.",
    siteName: "Meilisearch",
  },
  {
    url: "https://www.meilisearch.com/docs",
    title: "Meilisearch Documentation",
    description: "Guides and reference for the Meilisearch search engine.",
    siteName: "Meilisearch",
  },
  {
    url: "https://nextjs.org/blog",
    title: "Next.js Blog",
    description: "The latest Next.js news, releases and guides.",
    siteName: "Next.js",
  },
];

/** Pictures some posts carry: drawn as SVG, so the demo needs no image files (Latin captions: no CJK font needed). */
export const PICTURES = [
  { from: "#0ea5e9", to: "#1e3a8a", caption: "Q3 +18%" },
  { from: "#f59e0b", to: "#b45309", caption: "Team offsite 2026" },
  { from: "#10b981", to: "#065f46", caption: "Hangzhou meetup" },
  { from: "#a855f7", to: "#4c1d95", caption: "AI Summit" },
];
