// What job postings and applications may hold, in lengths: the zod schemas and the forms in the browser read them here
// (a form must not load zod to know a field's maxlength).

export const QUESTION_PROMPT_MAX = 200;
export const ANSWER_MAX = 500;
export const REJECTION_MESSAGE_MAX = 1000;
export const APPLICATION_NOTE_MAX = 2000;
