import { z } from "zod";
import { BooleanFieldSchema, CountrySchema, emptyToNull, listOf, optionalLine } from "@/lib/forms/fields";
import { SkillNameSchema } from "@/lib/profiles/schemas";
import { ONBOARDING_STEPS } from "./steps";

export const StepRefSchema = z.object({ step: z.enum(ONBOARDING_STEPS, { error: "invalid" }) });

/** The first step: where the member works now and studied, and where they live — each part optional. */
export const AboutStepSchema = z
  .object({
    title: optionalLine(100).optional(),
    companyName: optionalLine(100).optional(),
    // "2024-03"; empty: this month
    startDate: optionalLine(7).optional(),
    school: optionalLine(120).optional(),
    city: optionalLine(80).optional(),
    country: z.preprocess(emptyToNull, CountrySchema.nullable()).optional(),
    // ask the matching company page's admins to list the member among its people
    isEmployeeClaimed: BooleanFieldSchema.default(false),
  })
  .strict()
  .superRefine((about, context) => {
    if (about.title && !about.companyName)
      context.addIssue({ code: "custom", path: ["companyName"], message: "onboarding.companyNeeded" });
    if (about.companyName && !about.title)
      context.addIssue({ code: "custom", path: ["title"], message: "onboarding.titleNeeded" });
  });
export type AboutStepInput = z.input<typeof AboutStepSchema>;

export const MAX_ONBOARDING_SKILLS = 20;

/** The skills step adds these to the profile (what it already lists stays). */
export const SkillsStepSchema = z.object({ skills: listOf(SkillNameSchema, MAX_ONBOARDING_SKILLS) }).strict();
