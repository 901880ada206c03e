"use client";
import { useUploadLimit } from "@/components/ui/use-upload-limit";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { Field, FieldMessages } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { ANSWER_MAX } from "@/lib/jobs/limits";

type Question = { id: string; kind: string; prompt: string; isRequired: boolean };

/** The application: contact details, an optional PDF résumé, and an answer per screening question. */
export function ApplyForm({
  action,
  email,
  company,
  questions,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  email: string;
  company: string;
  questions: Question[];
}) {
  const t = useTranslations("jobs.apply");
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const resumeLimit = useUploadLimit("resume");
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="email"
          type="email"
          label={t("email")}
          defaultValue={value("email", email)}
          error={state.fields?.email}
          required
        />
        <Field
          name="phone"
          type="tel"
          label={t("phone")}
          defaultValue={value("phone")}
          error={state.fields?.phone}
        />
      </div>
      <Field
        name="resume"
        type="file"
        accept="application/pdf,.pdf"
        label={t("resume")}
        error={resumeLimit.error ?? state.fields?.resume}
        onChange={resumeLimit.onChange}
      />
      {questions.length > 0 && (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 font-semibold">{t("questions", { company })}</legend>
          {questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              value={value(`answers.${question.id}`)}
              error={state.fields?.[`answers.${question.id}`]}
            />
          ))}
        </fieldset>
      )}
      <Button type="submit" className="self-start" disabled={isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}

function QuestionField({ question, value, error }: { question: Question; value: string; error?: string }) {
  const t = useTranslations("jobs.apply");
  const id = `answer-${question.id}`;
  const name = `answers.${question.id}`;
  const label = `${question.prompt}${question.isRequired ? " *" : ""}`;
  if (question.kind === "yes_no")
    return (
      <fieldset className="flex flex-col gap-1.5" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="text-sm font-medium">{label}</legend>
        <div className="flex gap-4">
          {(["yes", "no"] as const).map((answer) => (
            <label key={answer} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={name}
                value={answer}
                defaultChecked={value === answer}
                className="accent-primary size-4"
              />
              {t(answer)}
            </label>
          ))}
        </div>
        <FieldMessages id={id} error={error} />
      </fieldset>
    );
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        name={name}
        type={question.kind === "number" ? "number" : "text"}
        inputMode={question.kind === "number" ? "decimal" : undefined}
        defaultValue={value}
        maxLength={ANSWER_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="border-border bg-surface text-foreground focus-visible:outline-ring aria-invalid:border-danger h-11 w-full rounded-md border px-3 text-base focus-visible:outline-2 focus-visible:outline-offset-1"
      />
      <FieldMessages id={id} error={error} />
    </div>
  );
}
