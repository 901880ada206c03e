import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { getViewer, type Viewer } from "@/lib/core/viewer";
import { formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

/** What a server action's use case gets: the viewer (or null) and the submitted form. */
export type SubmittedForm = { viewer: Viewer | null; values: Record<string, string>; formData: FormData };

/** How a form answers success: a message, pages to render again, or another page to go to. */
export type FormSuccess<S extends FormState = FormState> = {
  message?: string;
  /** empty the fields (a form that adds one item after another) */
  clear?: boolean;
  revalidate?: string | { path: string; type: "layout" | "page" };
  redirect?: string;
  /** more of the form's own state (an import's preview) */
  state?: Partial<S>;
};

/**
 * The one way a server action runs a use case, as `memberRoute` is for REST handlers: it reads the viewer and
 * the fields, runs `change`, and maps what it throws to localized form messages (an `AppError` to its message
 * and fields; anything else is logged and answered "something went wrong"), so no form shows a 500. Next.js's
 * own redirects (sign in first) pass through. Values typed into a password field are never sent back.
 */
export async function runFormAction<S extends FormState = FormState>(
  formData: FormData | undefined,
  change: (form: SubmittedForm) => Promise<FormSuccess<S> | void>,
  { readValues = formValues }: { readValues?: (formData: FormData) => Record<string, string> } = {},
): Promise<S> {
  const submitted = formData ?? new FormData();
  const values = readValues(submitted);
  let success: FormSuccess<S>;
  try {
    success = (await change({ viewer: await getViewer(), values, formData: submitted })) ?? {};
  } catch (error) {
    unstable_rethrow(error);
    return (await formError(error, values, new Set(submitted.keys()))) as S;
  }
  if (typeof success.revalidate === "string") revalidatePath(success.revalidate);
  else if (success.revalidate) revalidatePath(success.revalidate.path, success.revalidate.type);
  if (success.redirect) redirect(success.redirect);
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !/password/i.test(name)));
  return {
    status: "success",
    message: success.message,
    values: success.clear ? {} : kept,
    ...success.state,
  } as S;
}
