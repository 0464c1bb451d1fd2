"use client";
import { useActionState } from "react";
import { FormField, primaryButtonClass, Spinner } from "@/components/auth/form-field";
import { changePasswordAction, type ChangePasswordState } from "./actions";
import { FormNotice } from "./form-notice";

/** `email` fills the hidden username field, so a password manager knows which account's password changed. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      {state.error ? <FormNotice kind="error">{state.error}</FormNotice> : null}
      {state.changed ? <FormNotice kind="success">Password changed. You stay signed in here; use the new one next time you sign in.</FormNotice> : null}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        id="password-current"
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <FormField
        id="password-new"
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters, with at least 4 different ones."
        error={errors.newPassword}
      />
      <FormField
        id="password-confirm"
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <button type="submit" disabled={pending} className={`${primaryButtonClass} sm:w-auto`}>
        {pending ? <Spinner /> : null}
        {pending ? "Changing password…" : "Change password"}
      </button>
    </form>
  );
}
