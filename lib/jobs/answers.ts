import { AppError } from "@/lib/errors";
import { ANSWER_MAX } from "./limits";

type Question = { id: string; kind: string; prompt: string; isRequired: boolean };
export type Answer = { questionId: string; prompt: string; answer: string };

/**
 * The answers to a job's screening questions, checked against each question's kind: yes/no, a number, or a
 * line of text. A required question left blank, or an answer of the wrong kind, is an error on its field.
 */
export function checkAnswers(questions: Question[], given: Record<string, unknown>): Answer[] {
  const fields: Record<string, string> = {};
  const answers: Answer[] = [];
  for (const question of questions) {
    const raw = given[question.id];
    const text = typeof raw === "boolean" ? (raw ? "yes" : "no") : raw == null ? "" : String(raw).trim();
    const field = `answers.${question.id}`;
    if (!text) {
      if (question.isRequired) fields[field] = "jobs.answerRequired";
      continue;
    }
    const error = answerError(question.kind, text);
    if (error) fields[field] = error;
    else answers.push({ questionId: question.id, prompt: question.prompt, answer: text });
  }
  if (Object.keys(fields).length) throw new AppError("validation", "validation", { fields });
  return answers;
}

function answerError(kind: string, text: string): string | null {
  if (kind === "yes_no") return text === "yes" || text === "no" ? null : "jobs.answerYesNo";
  if (kind === "number")
    return /^-?\d+(\.\d+)?$/.test(text) && text.length <= 15 ? null : "jobs.answerNumber";
  if (text.length > ANSWER_MAX) return "text.tooLong";
  return /[\p{Cc}\p{Cf}]/u.test(text) || /<\/?[a-z!][^>]*>/i.test(text) ? "text.invalidCharacters" : null;
}
