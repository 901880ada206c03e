/** What a complete profile has, in the order the meter suggests them, with each step's weight (sum 100). */
export const COMPLETENESS_STEPS = [
  { step: "photo", weight: 15 },
  { step: "headline", weight: 10 },
  { step: "experience", weight: 20 },
  { step: "location", weight: 10 },
  { step: "about", weight: 10 },
  { step: "education", weight: 10 },
  { step: "skills", weight: 10 },
  { step: "industry", weight: 5 },
  { step: "contact", weight: 5 },
  { step: "languages", weight: 5 },
] as const;

export type CompletenessStep = (typeof COMPLETENESS_STEPS)[number]["step"];

export const MIN_SKILLS_FOR_COMPLETE = 5;

export type CompletenessInput = {
  hasPhoto: boolean;
  headline: string;
  about: string;
  city: string | null;
  country: string | null;
  industry: string | null;
  positionCount: number;
  educationCount: number;
  skillCount: number;
  languageCount: number;
  hasContact: boolean;
};

/** How complete a profile is (0–100) and what to add next, most valuable first. */
export function profileCompleteness(p: CompletenessInput): { percent: number; missing: CompletenessStep[] } {
  const done: Record<CompletenessStep, boolean> = {
    photo: p.hasPhoto,
    headline: p.headline.trim().length > 0,
    experience: p.positionCount > 0,
    location: !!(p.city || p.country),
    about: p.about.trim().length > 0,
    education: p.educationCount > 0,
    skills: p.skillCount >= MIN_SKILLS_FOR_COMPLETE,
    industry: !!p.industry,
    contact: p.hasContact,
    languages: p.languageCount > 0,
  };
  const percent = COMPLETENESS_STEPS.reduce((sum, { step, weight }) => sum + (done[step] ? weight : 0), 0);
  return { percent, missing: COMPLETENESS_STEPS.map((s) => s.step).filter((step) => !done[step]) };
}
