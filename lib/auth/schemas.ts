import { z } from "zod";
import { DisplayNameSchema, EmailSchema } from "@/lib/forms/fields";

// Messages are keys in the "errors" namespace of messages/*.json.

/** NIST 800-63B: 8–128 characters, any characters, no composition rules (strength is checked separately). */
export const NewPasswordSchema = z
  .string({ error: "password.required" })
  .min(1, "password.required")
  .refine((p) => [...p].length >= 8, "password.tooShort")
  .refine((p) => [...p].length <= 128, "password.tooLong");

/** At sign-in only the length cap is enforced (old passwords may predate the rules). */
export const CurrentPasswordSchema = z
  .string({ error: "password.required" })
  .min(1, "password.required")
  .max(128, "password.tooLong");

export const SignUpSchema = z.object({
  name: DisplayNameSchema,
  email: EmailSchema,
  password: NewPasswordSchema,
});
export type SignUpInput = z.input<typeof SignUpSchema>;

export const SignInSchema = z.object({ email: EmailSchema, password: CurrentPasswordSchema });
export type SignInInput = z.input<typeof SignInSchema>;

export const RequestPasswordResetSchema = z.object({ email: EmailSchema });

const TokenSchema = z.string({ error: "token.invalid" }).regex(/^[A-Za-z0-9_-]{20,100}$/, "token.invalid");

export const ResetPasswordSchema = z.object({ token: TokenSchema, password: NewPasswordSchema });

export const VerifyEmailSchema = z.object({ token: TokenSchema });

export const ChangePasswordSchema = z.object({
  currentPassword: CurrentPasswordSchema,
  newPassword: NewPasswordSchema,
});

export const ChangeEmailSchema = z.object({ email: EmailSchema, currentPassword: CurrentPasswordSchema });

export const ConfirmEmailChangeSchema = z.object({ token: TokenSchema });
