// What a recruiter's saved searches, projects and candidate notes may hold, in lengths: the zod schemas and the forms in the browser read them here
// (a form must not load zod to know a field's maxlength).

export const SAVED_SEARCH_NAME_MAX = 80;
export const PROJECT_NAME_MAX = 80;
export const CANDIDATE_NOTE_MAX = 2000;
