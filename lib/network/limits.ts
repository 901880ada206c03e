// What invitations, reports and recommendations may hold, in lengths: the zod schemas and the forms in the browser read them here
// (a form must not load zod to know a field's maxlength).

export const NOTE_MAX = 300;
export const REPORT_DETAILS_MAX = 1000;
export const RECOMMENDATION_RELATIONSHIP_MAX = 150;
export const RECOMMENDATION_BODY_MAX = 3000;
