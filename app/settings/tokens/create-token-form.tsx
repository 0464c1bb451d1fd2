"use client";
import { useActionState } from "react";
import { inputClass, primaryButtonClass, Spinner } from "@/components/auth/form-field";
import { createApiTokenAction, type CreateTokenState } from "./actions";
import { NewTokenPanel } from "./new-token-panel";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createApiTokenAction, {});
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-2" noValidate>
        <label htmlFor="token-name" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Token name
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="token-name"
            name="name"
            maxLength={60}
            placeholder="Nightly export script"
            defaultValue={state.value}
            autoComplete="off"
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? "token-name-hint token-name-error" : "token-name-hint"}
            className={`${inputClass} ${state.error ? "border-red-500 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700"}`}
          />
          <button type="submit" disabled={pending} className={`${primaryButtonClass} sm:w-auto sm:shrink-0`}>
            {pending ? <Spinner /> : null}
            {pending ? "Creating…" : "Create token"}
          </button>
        </div>
        <p id="token-name-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          Say what will use it, so you know which one to revoke later. Up to 60 characters.
        </p>
        {state.error ? (
          <p id="token-name-error" role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
            {state.error}
          </p>
        ) : null}
      </form>
      {state.created ? <NewTokenPanel key={state.created.token} name={state.created.name} token={state.created.token} /> : null}
    </div>
  );
}
