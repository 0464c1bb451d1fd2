"use client";
import { signOut } from "next-auth/react";
import { useActionState, useEffect } from "react";
import { FormField, Spinner } from "@/components/auth/form-field";
import { deleteAccountAction, type DeleteAccountState } from "./actions";
import { FormNotice } from "./form-notice";

const AFTER_DELETION = "/signin?deleted=1";

/** Needs the current password and DELETE (or the email) typed; once deleted, signs this browser out. */
export function DeleteAccountForm() {
  const [state, action, pending] = useActionState<DeleteAccountState, FormData>(deleteAccountAction, {});
  const errors = state.fieldErrors ?? {};
  useEffect(() => {
    // Should the sign-out call fail, the cookie left behind names a user that no longer exists: every page refuses it.
    if (state.deleted) void signOut({ callbackUrl: AFTER_DELETION }).catch(() => window.location.assign(AFTER_DELETION));
  }, [state.deleted]);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      {state.error ? <FormNotice kind="error">{state.error}</FormNotice> : null}
      {state.deleted ? <FormNotice kind="success">Your account was deleted. Signing you out…</FormNotice> : null}
      <FormField
        id="delete-confirmation"
        label="Type DELETE or your email to confirm"
        name="confirmation"
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={state.confirmation ?? ""}
        error={errors.confirmation}
      />
      <FormField
        id="delete-current-password"
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <button
        type="submit"
        disabled={pending || state.deleted}
        className="inline-flex w-full items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2.5 text-sm font-semibold text-white shadow-xs transition-colors hover:bg-red-600 disabled:cursor-wait disabled:opacity-70 sm:w-auto"
      >
        {pending ? <Spinner /> : null}
        {pending ? "Deleting…" : "Delete my account and data"}
      </button>
    </form>
  );
}
