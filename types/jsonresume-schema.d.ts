// @jsonresume/schema ships no types: its validator, as validator.js defines it.
declare module "@jsonresume/schema" {
  export function validate(
    resume: unknown,
    callback: (errors: { stack?: string; message?: string }[] | null, isValid: boolean) => void,
  ): void;
  export const schema: object;
}
