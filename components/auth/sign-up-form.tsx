"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField, Spinner, primaryButtonClass } from "./form-field";
import type { SignUpState } from "./sign-up-state";

export type SignUpFormProps = {
  action: (state: SignUpState, formData: FormData) => Promise<SignUpState>;
};

/** Account creation through a server action (React 19 useActionState). */
export function SignUpForm({ action }: SignUpFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" noValidate>
        {state.error ? (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-300">
            {state.error}
          </p>
        ) : null}
        <FormField
          id="signup-name"
          label="Name (optional)"
          name="name"
          type="text"
          autoComplete="name"
          defaultValue={state.values?.name ?? ""}
          error={errors.name}
        />
        <FormField
          id="signup-email"
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email ?? ""}
          error={errors.email}
        />
        <FormField
          id="signup-password"
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="At least 10 characters"
          error={errors.password}
        />
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? <Spinner /> : null}
          {pending ? "Creating account…" : "Create account"}
        </button>
      </form>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Sign in
        </Link>
      </p>
    </div>
  );
}
