"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, fieldErrorsOf } from "@/lib/domain/account/account-schemas";
import { isOnlyAdmin, ONLY_ADMIN_MESSAGE } from "@/lib/domain/account/is-only-admin";
import { readClientAddress } from "@/lib/domain/sign-in/read-client-address";
import { SignInLockedError } from "@/lib/server/sign-in/sign-in-locked-error";
import { changeEmail } from "@/lib/server/users/change-email";
import { changePassword } from "@/lib/server/users/change-password";
import { countAdmins } from "@/lib/server/users/count-admins";
import { deleteAccount } from "@/lib/server/users/delete-account";
import type { VerifyOptions } from "@/lib/server/users/verify-credentials";
import { requireViewer } from "../../require-viewer";

type Errors<F extends string> = { fieldErrors?: Partial<Record<F, string>>; error?: string };
export type ChangeEmailState = Errors<"email" | "currentPassword"> & { email?: string; changedTo?: string };
export type ChangePasswordState = Errors<"currentPassword" | "newPassword" | "confirmPassword"> & { changed?: boolean };
export type DeleteAccountState = Errors<"confirmation" | "currentPassword"> & { confirmation?: string; deleted?: boolean };

const WRONG_PASSWORD = "That is not your current password. Each wrong try counts as a failed sign-in.";

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** The current password is checked as a sign-in is, throttled by the same client address. */
async function verifyOptions(): Promise<VerifyOptions> {
  return { address: readClientAddress(Object.fromEntries(await headers())) };
}

/** A lockout (from this page or the sign-in form) refuses even the right password until it ends: say so. */
async function unlessLocked<T>(run: () => Promise<T>): Promise<T | { locked: string }> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof SignInLockedError)) throw error;
    return { locked: `${error.message} Wrong current passwords here count as failed sign-ins, so account changes wait too.` };
  }
}

export async function changeEmailAction(_state: ChangeEmailState, formData: FormData): Promise<ChangeEmailState> {
  const viewer = await requireViewer();
  const email = text(formData, "email");
  const parsed = changeEmailSchema.safeParse({ email, currentPassword: text(formData, "currentPassword") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, ["email", "currentPassword"]), email };
  const options = await verifyOptions();
  const outcome = await unlessLocked(() => changeEmail(viewer, parsed.data.currentPassword, parsed.data.email, options));
  if (typeof outcome === "object") return { error: outcome.locked, email };
  if (outcome === "unchanged") return { fieldErrors: { email: "That is already your email." }, email };
  if (outcome === "taken") return { fieldErrors: { email: "Another account already uses this email." }, email };
  if (outcome === "wrong-password") return { fieldErrors: { currentPassword: WRONG_PASSWORD }, email };
  // The page reads the email from the database (getViewer), so the header and this page show the new one at once.
  revalidatePath("/settings/account");
  return { changedTo: parsed.data.email };
}

export async function changePasswordAction(_state: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const viewer = await requireViewer();
  const parsed = changePasswordSchema.safeParse({
    currentPassword: text(formData, "currentPassword"),
    newPassword: text(formData, "newPassword"),
    confirmPassword: text(formData, "confirmPassword"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, ["currentPassword", "newPassword", "confirmPassword"]) };
  const options = await verifyOptions();
  const outcome = await unlessLocked(() => changePassword(viewer, parsed.data.currentPassword, parsed.data.newPassword, options));
  if (typeof outcome === "object") return { error: outcome.locked };
  if (outcome === "wrong-password") return { fieldErrors: { currentPassword: WRONG_PASSWORD } };
  return { changed: true };
}

/** On success the form signs the browser out; the session would name a user that no longer exists anyway. */
export async function deleteAccountAction(_state: DeleteAccountState, formData: FormData): Promise<DeleteAccountState> {
  const viewer = await requireViewer();
  const confirmation = text(formData, "confirmation");
  if (isOnlyAdmin(viewer.role, await countAdmins())) return { error: ONLY_ADMIN_MESSAGE, confirmation };
  const parsed = deleteAccountSchema(viewer.email).safeParse({ confirmation, currentPassword: text(formData, "currentPassword") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, ["confirmation", "currentPassword"]), confirmation };
  const options = await verifyOptions();
  const outcome = await unlessLocked(() => deleteAccount(viewer, parsed.data.currentPassword, options));
  if (typeof outcome === "object") return { error: outcome.locked, confirmation };
  if (outcome === "wrong-password") return { fieldErrors: { currentPassword: WRONG_PASSWORD }, confirmation };
  return { deleted: true };
}
