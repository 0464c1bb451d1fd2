import { z } from "zod";

/** An email as accounts store it: trimmed, lower-cased, at most 254 characters. Sign-up and an email change share it. */
export const emailSchema = z.string().trim().toLowerCase().max(254, "That email is too long.").pipe(z.email("Enter a valid email address."));

/** A new password's rules, for sign-up and for a password change. */
export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((v) => new Set(v).size >= 4, "This password is too easy to guess: use more different characters.");

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, "Keep the name under 80 characters.")
    .optional()
    .transform((v) => v || undefined),
  email: emailSchema,
  password: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
