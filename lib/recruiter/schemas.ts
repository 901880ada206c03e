import { z } from "zod";
import { CANDIDATE_NOTE_MAX, PROJECT_NAME_MAX, SAVED_SEARCH_NAME_MAX } from "./limits";
import { emptyToNull, Id, paragraphsOfText, requiredLine } from "@/lib/forms/fields";

export const TALENT_STAGES = [
  "sourced",
  "contacted",
  "replied",
  "interviewing",
  "hired",
  "archived",
] as const;
export type TalentStageName = (typeof TALENT_STAGES)[number];

/** A saved candidate search's name (lib/recruiter/saved-searches.ts). */
export const SavedSearchNameSchema = z.object({ name: requiredLine(SAVED_SEARCH_NAME_MAX) });

export const ProjectSchema = z.object({
  name: requiredLine(PROJECT_NAME_MAX),
  description: paragraphsOfText(500).default(""),
});
export const ProjectRefSchema = z.object({ projectId: Id });
export const AddCandidateSchema = z.object({
  handle: z.string({ error: "invalid" }).trim().toLowerCase().min(1, "text.required").max(40),
  applicationId: z.preprocess(emptyToNull, Id.nullable()).optional(),
  note: paragraphsOfText(2000).default(""),
});
export const CandidateChangeSchema = z
  .object({ stage: z.enum(TALENT_STAGES, { error: "invalid" }), note: paragraphsOfText(CANDIDATE_NOTE_MAX) })
  .partial();
