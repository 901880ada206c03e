import { randomBytes } from "node:crypto";
import { createCompany } from "@/lib/companies/save-company";
import { createMember, givePageRole } from "./helpers";

/** A word no other test's data holds, to find this run's jobs by. */
export const tag = `Jb${randomBytes(3).toString("hex")}`;

/** A remote job with a salary and three screening questions (yes/no, number, text). */
export const REMOTE_JOB = {
  title: `${tag} 远程前端工程师 Remote Frontend Engineer`,
  description: "**React** and TypeScript.\n\n- 负责前端架构\n- Mentor the team",
  workplace: "remote",
  remoteCountries: ["CN", "SG"],
  employmentType: "full_time",
  seniority: "mid_senior",
  salaryMin: 30000,
  salaryMax: 45000,
  salaryCurrency: "CNY",
  salaryPeriod: "month",
  requiredSkills: ["React", "TypeScript"],
  questions: [
    { kind: "yes_no", prompt: "能否接受远程协作？", isRequired: true },
    { kind: "number", prompt: "Years of React?", isRequired: true },
    { kind: "text", prompt: "Notice period", isRequired: false },
  ],
};

/** A company with its super admin and a member holding the recruiter role. */
export async function newHiringCompany(name = "Jobs Co") {
  const owner = await createMember();
  const recruiter = await createMember();
  const slug = `jobs-${randomBytes(4).toString("hex")}`;
  await createCompany(owner, { slug, nameEn: `${tag} ${name}`, nameZh: `${tag}招聘公司` });
  await givePageRole(owner, slug, recruiter, "recruiter");
  return { owner, recruiter, slug, ref: { slug } };
}
