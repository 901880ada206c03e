// Long-form articles the featured members wrote, in several categories and both languages.

export type ArticleSeed = {
  author: string;
  categoryId: string;
  title: string;
  body: string;
  daysAgo: number;
};

export const ARTICLES: ArticleSeed[] = [
  {
    author: "zhang.congcong@renmai.example",
    categoryId: "industry-insights",
    daysAgo: 1,
    title: "跨境电商 SaaS 的下一个五年：从工具到基础设施",
    body: `过去五年，跨境电商 SaaS 解决的是“能不能卖出去”的问题：建站、铺货、投放、物流对接。接下来的五年，中小卖家真正需要的是**稳定、合规、可预测**的基础设施。

## 三个正在发生的变化

1. **合规成为默认选项。** 欧盟 GPSR、美国各州的消费者保护法规，正在把合规从“大卖家的专利”变成每个卖家的日常。工具如果不能把合规内置，卖家就要用人去补。
2. **数据从报表走向决策。** 卖家不缺报表，缺的是“下一步该做什么”。能把库存、广告和现金流放在一起算的产品，会比单点工具更有价值。
3. **生态取代单打独斗。** 支付、物流、税务服务商之间的接口越来越标准化，SaaS 的竞争从功能数量变成连接质量。

## 对产品团队的启示

> 不要只问用户想要什么功能，要问他们每周花最多时间在哪件事上。

我们在杭州访谈了 40 多家卖家，发现他们平均每周要花 **6 个小时** 在不同系统之间复制数据。这就是机会所在。

欢迎在评论区聊聊你们的观察。#跨境电商 #SaaS #产品管理`,
  },
  {
    author: "li.wei@renmai.example",
    categoryId: "career-growth",
    daysAgo: 3,
    title: "从工程师到技术经理：我踩过的五个坑",
    body: `转型做管理的第一年，我几乎把能踩的坑都踩了一遍。写下来，希望对正在考虑这条路的朋友有帮助。

## 1. 继续当最强的那个工程师

刚开始我还是抢着写最难的代码，结果团队的成长被我挡住了。管理者的产出是**团队的产出**。

## 2. 一对一只谈进度

进度可以在看板上看，一对一应该聊人：最近的挑战、想学的东西、对团队的意见。

## 3. 回避冲突

问题不会因为不谈而消失，只会在更糟糕的时候爆发。

## 4. 把所有会都开成同步会

能写清楚的事情就写下来，会议留给真正需要讨论的问题。

## 5. 忘了照顾自己

管理是长跑。给自己留出学习和休息的时间，才能持续地支持团队。

你在转型中遇到过哪些挑战？#职场成长 #管理 #技术管理`,
  },
  {
    author: "wang.fang@renmai.example",
    categoryId: "entrepreneurship",
    daysAgo: 6,
    title: "小团队如何做出第一版好产品",
    body: `资源有限的时候，**做减法**比做加法更难，也更重要。

## 先找到一个足够痛的问题

我们的第一版只做了一件事：帮外贸工厂自动生成英文报价单。没有账号体系，没有仪表盘，只有一个表单和一个下载按钮。

## 用真实用户代替假设

上线第一周，我们每天打电话给十个用户。最有价值的反馈往往不是“缺什么功能”，而是“这一步我看不懂”。

## 把节奏定下来

- 每周一次发布
- 每周五复盘数据
- 每月和五个付费客户深聊

小团队最大的优势是速度，不要让流程把它吃掉。#创业 #产品管理`,
  },
  {
    author: "chen.jing@renmai.example",
    categoryId: "finance-investment",
    daysAgo: 9,
    title: "中小企业数字化转型的财务视角",
    body: `很多企业谈数字化，关注的是系统和工具，却忽略了一个问题：**这笔钱怎么算回来？**

## 把投入拆成三类

1. 一次性的实施费用
2. 持续的订阅和运维费用
3. 员工学习和流程调整的隐性成本

## 回报要看现金流，而不只是利润

数字化最直接的收益，往往体现在**应收账款周期缩短**和**库存周转加快**上。这两项改善对中小企业的现金流影响，常常比节省的人力成本更大。

## 从一个小闭环开始

先选一个能在三个月内看到结果的环节，比如对账或报销，做出效果再扩大范围。#数字化转型 #金融科技`,
  },
  {
    author: "maria.lopez@renmai.example",
    categoryId: "marketing-sales",
    daysAgo: 2,
    title: "What we learned selling B2B SaaS to Chinese and European SMEs",
    body: `We spent two years selling the same product in Hangzhou and in Berlin. The product was the same; almost everything else was different.

## Trust is built in different places

In Germany, buyers read the **documentation and the data processing agreement** before they talk to sales. In China, the first question is often *who else in my industry uses it?* References and WeChat groups matter more than whitepapers.

## Pricing pages need two designs

- European SMEs want a clear monthly price and a self-serve trial.
- Chinese SMEs expect to talk to someone, and annual plans with onboarding included convert better.

## Onboarding is the real product

In both markets, customers who finished onboarding in the first week stayed three times longer. We now treat onboarding as a feature with its own roadmap.

> Localization is not translation. It is listening twice.

What have you seen in your markets? #SaaS #B2B #ecommerce`,
  },
  {
    author: "james.walker@renmai.example",
    categoryId: "technology",
    daysAgo: 4,
    title: "Search that forgives typos: a practical guide for product teams",
    body: `Our analytics showed that **12% of search queries** on our marketplace had at least one typo, and most of those searches returned nothing. Here is what fixed it.

## Measure first

Log every query with its result count. Sort by "zero results". The top of that list is your roadmap.

## Pick an engine with typo tolerance built in

We moved from hand-written SQL \`LIKE\` queries to a dedicated search engine. Typo tolerance, prefix search and ranking rules came out of the box.

## Synonyms are product work

Engineers can't guess that *frontend* and *前端* mean the same thing to your users. Product and support teams should own the synonym list.

## Keep the database as the source of truth

Write changes to an outbox in the same transaction, and let a worker update the index. If the search engine is down, nothing is lost.

Further reading: [Meilisearch documentation](https://www.meilisearch.com/docs). #search #engineering #ux`,
  },
  {
    author: "anna.schmidt@renmai.example",
    categoryId: "hr-recruiting",
    daysAgo: 5,
    title: "Hiring across borders: five questions to ask before you open a remote role",
    body: `Remote hiring widens the talent pool, but it also widens the ways things can go wrong.

1. **Where can we legally employ people?** An employer of record helps, but know the costs.
2. **Which time zones must overlap?** Two shared hours a day is a good minimum.
3. **How will we pay?** Currency, payroll dates and benefits differ.
4. **How do we onboard without an office?** Write it down before the first hire starts.
5. **How do we keep the culture?** Rituals matter more when nobody shares a kitchen.

Answer these first, and the job description almost writes itself. #hiring #remotework`,
  },
  {
    author: "priya.sharma@renmai.example",
    categoryId: "management",
    daysAgo: 8,
    title: "Writing culture: how our platform team cut meetings in half",
    body: `A year ago our platform team had 14 recurring meetings a week. Today we have six, and decisions are faster.

## Decisions live in documents

Every decision that affects more than one team gets a short document: **context, options, decision, consequences**. Comments happen in the document, not in a meeting.

## Meetings are for disagreement

If a document gets no objections in two days, it is accepted. We meet only when people disagree.

## Newcomers learn by reading

Our decision log became the best onboarding material we have. New engineers read a year of reasoning in a week.

It isn't for everyone, but if your calendar is full and your backlog isn't moving, try it. #leadership #engineering #remotework`,
  },
];
