// Lengths the field schemas and the forms in the browser share (a form must not load zod to know them).

/** The longest address SMTP carries (RFC 5321): the email field takes no more either. */
export const EMAIL_MAX_LENGTH = 254;

/**
 * Inputs whose limit is checked only by the server (a name, a password), so that an overlong paste gets its
 * message instead of being cut short silently; this only keeps megabytes out of the page.
 */
export const TYPING_GUARD_LENGTH = 1000;
