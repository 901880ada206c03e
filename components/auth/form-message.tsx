import type { FormState } from "@/lib/forms/form-state";
import { Alert } from "@/components/ui/alert";

/** The form-level message of an action's result (field messages sit under their fields). */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  return <Alert tone={state.status === "error" ? "danger" : "success"}>{state.message}</Alert>;
}
