// What a company's relations and products may hold, in lengths and choices: the zod schemas and the forms in the browser read them here
// (a form must not load zod to know a field's maxlength).

export const RELATION_KINDS = ["employee", "partner", "customer", "supplier", "peer"] as const;
export type RelationKindName = (typeof RELATION_KINDS)[number];
export const RELATION_TITLE_MAX = 100;

export const PRODUCT_NAME_MAX = 100;
export const PRODUCT_DESCRIPTION_MAX = 1000;
