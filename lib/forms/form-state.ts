/** What a form shows after its action ran: a form-level message and per-field messages, localized. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: Record<string, string>;
  /** what the user typed, to refill the form (never passwords) */
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
