import { z } from "zod";
import { emailSchema, passwordSchema } from "../sign-up-schema";

const currentPassword = z.string().min(1, "Enter your current password.").max(200, "Enter your current password.");

export const changePasswordSchema = z
  .object({ currentPassword, newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ["confirmPassword"], message: "The two new passwords differ." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password other than the current one." });

export const changeEmailSchema = z.object({ email: emailSchema, currentPassword });

/** The deletion's confirmation: the word DELETE or the account's email (any case, spaces around it). */
export function isDeletionConfirmed(typed: string, accountEmail: string): boolean {
  const value = typed.trim().toLowerCase();
  return value === "delete" || value === accountEmail.trim().toLowerCase();
}

export const deleteAccountSchema = (accountEmail: string) =>
  z.object({
    confirmation: z.string().refine((v) => isDeletionConfirmed(v, accountEmail), `Type DELETE or your email (${accountEmail}) to confirm.`),
    currentPassword,
  });

/** The first message per field, as the forms show them. */
export function fieldErrorsOf<F extends string>(error: z.ZodError, fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && (fields as readonly string[]).includes(field) && !out[field as F]) out[field as F] = issue.message;
  }
  return out;
}
