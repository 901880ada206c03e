// What a search box may hold: the query schemas and the search boxes in the browser read it here (a box must
// not load zod to know its maxlength).
export const SEARCH_QUERY_MAX = 200;
