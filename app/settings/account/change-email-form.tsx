"use client";
import { useActionState } from "react";
import { FormField, primaryButtonClass, Spinner } from "@/components/auth/form-field";
import { changeEmailAction, type ChangeEmailState } from "./actions";
import { FormNotice } from "./form-notice";

export function ChangeEmailForm() {
  const [state, action, pending] = useActionState<ChangeEmailState, FormData>(changeEmailAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      {state.error ? <FormNotice kind="error">{state.error}</FormNotice> : null}
      {state.changedTo ? (
        <FormNotice kind="success">
          Your email is now <strong className="break-all">{state.changedTo}</strong>. Sign in with it from now on; you stay signed in here.
        </FormNotice>
      ) : null}
      <FormField id="email-new" label="New email" name="email" type="email" autoComplete="email" required defaultValue={state.email ?? ""} error={errors.email} />
      <FormField
        id="email-current-password"
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <button type="submit" disabled={pending} className={`${primaryButtonClass} sm:w-auto`}>
        {pending ? <Spinner /> : null}
        {pending ? "Changing email…" : "Change email"}
      </button>
    </form>
  );
}
