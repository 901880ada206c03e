import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { EMAIL_MAX_LENGTH } from "@/lib/forms/limits";
import type { FormState } from "@/lib/forms/form-state";

/** The email address of an account form, with the answer's value and error for it. */
export function EmailField({ state }: { state: FormState }) {
  const t = useTranslations("auth");
  return (
    <Field
      name="email"
      type="email"
      label={t("email")}
      autoComplete="email"
      required
      maxLength={EMAIL_MAX_LENGTH}
      defaultValue={state.values?.email}
      error={state.fields?.email}
    />
  );
}
