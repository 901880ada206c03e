"use client";
import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { FieldControl, type FieldSpec } from "@/components/profiles/edit/profile-form";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { QUESTION_PROMPT_MAX } from "@/lib/jobs/limits";

export type QuestionDraft = { kind: "yes_no" | "number" | "text"; prompt: string; isRequired: boolean };
const KINDS = ["yes_no", "number", "text"] as const;
const MAX_QUESTIONS = 10;

const CONTROL =
  "border-border bg-surface text-foreground focus-visible:outline-ring w-full rounded-md border px-3 text-base focus-visible:outline-2 focus-visible:outline-offset-1";

/**
 * A job's form: its fields described as data by the page, the screening questions edited here and sent as one
 * JSON field. A new job has two submit buttons (save as draft, publish); an edit has one.
 */
export function JobForm({
  action,
  fields,
  questions: initialQuestions,
  areQuestionsLocked,
  isNew,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  questions: QuestionDraft[];
  areQuestionsLocked: boolean;
  isNew: boolean;
}) {
  const t = useTranslations("jobs.form");
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => {
    try {
      return state.values?.questions
        ? (JSON.parse(state.values.questions) as QuestionDraft[])
        : initialQuestions;
    } catch {
      return initialQuestions;
    }
  });
  const change = (i: number, patch: Partial<QuestionDraft>) =>
    setQuestions(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const questionErrors = Object.entries(state.fields ?? {}).filter(([name]) => name.startsWith("questions"));
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <FieldControl
            key={field.name}
            id={`job-${field.name}`}
            field={field}
            value={state.values?.[field.name] ?? field.defaultValue ?? ""}
            error={state.fields?.[field.name]}
          />
        ))}
      </div>
      <fieldset className="flex flex-col gap-3" aria-describedby="job-questions-hint">
        <legend className="font-semibold">{t("questions")}</legend>
        <p id="job-questions-hint" className="text-muted text-xs">
          {areQuestionsLocked ? t("questionsLocked") : t("questionsHint")}
        </p>
        {!areQuestionsLocked && <input type="hidden" name="questions" value={JSON.stringify(questions)} />}
        {questions.map((question, i) => (
          <div
            key={i}
            className="border-border grid items-end gap-2 rounded-md border p-3 sm:grid-cols-[1fr_10rem_auto]"
          >
            <label className="flex flex-col gap-1 text-sm font-medium" htmlFor={`job-question-${i}`}>
              {t("question", { n: i + 1 })}
            </label>
            <label className="hidden text-sm font-medium sm:block" htmlFor={`job-question-kind-${i}`}>
              {t("questionKind")}
            </label>
            <span className="hidden sm:block" />
            <input
              id={`job-question-${i}`}
              value={question.prompt}
              maxLength={QUESTION_PROMPT_MAX}
              disabled={areQuestionsLocked}
              onChange={(event) => change(i, { prompt: event.currentTarget.value })}
              className={`${CONTROL} h-10`}
            />
            <select
              id={`job-question-kind-${i}`}
              aria-label={t("questionKind")}
              value={question.kind}
              disabled={areQuestionsLocked}
              onChange={(event) => change(i, { kind: event.currentTarget.value as QuestionDraft["kind"] })}
              className={`${CONTROL} h-10`}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
            <div className="flex items-center gap-3">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={question.isRequired}
                  disabled={areQuestionsLocked}
                  onChange={(event) => change(i, { isRequired: event.currentTarget.checked })}
                  className="accent-primary size-4"
                />
                {t("required")}
              </label>
              {!areQuestionsLocked && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  aria-label={t("removeQuestion", { n: i + 1 })}
                  onClick={() => setQuestions(questions.filter((_, j) => j !== i))}
                >
                  <Trash2 aria-hidden className="size-4" />
                </Button>
              )}
            </div>
          </div>
        ))}
        {questionErrors.length > 0 && <FieldMessages id="job-questions" error={questionErrors[0]![1]} />}
        {!areQuestionsLocked && questions.length < MAX_QUESTIONS && (
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="self-start"
            onClick={() => setQuestions([...questions, { kind: "yes_no", prompt: "", isRequired: true }])}
          >
            <Plus aria-hidden className="size-4" />
            {t("addQuestion")}
          </Button>
        )}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        {isNew ? (
          <>
            <Button type="submit" name="publish" value="true" disabled={isPending}>
              {t("publish")}
            </Button>
            <Button type="submit" name="publish" value="false" variant="outline" disabled={isPending}>
              {t("saveDraft")}
            </Button>
          </>
        ) : (
          <Button type="submit" disabled={isPending}>
            {t("save")}
          </Button>
        )}
      </div>
    </form>
  );
}
