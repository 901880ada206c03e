// What the demo's jobs say: titles and skills by industry, in Chinese and English (job-pools-*.ts), and the
// pieces their descriptions are written from (jobs.ts puts them together for each company).
import { ECOMMERCE, EDUCATION, HARDWARE, MARKETING, SOFTWARE } from "./job-pools-tech";
import { ENERGY, LEGAL, LOGISTICS, MANUFACTURING, RETAIL } from "./job-pools-trade";

export type JobTemplate = { title: string; skills: string[]; nice: string[]; duty: string };
export type Pool = { zh: JobTemplate[]; en: JobTemplate[] };

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
