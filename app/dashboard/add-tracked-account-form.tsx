"use client";
import { useActionState } from "react";
import { inputClass, primaryButtonClass } from "@/components/auth/form-field";
import { addTrackedAccountAction, type FormState } from "./actions";

export function AddTrackedAccountForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(addTrackedAccountAction, {});
  return (
    <form action={action} className="mt-6 space-y-3" noValidate>
      <label htmlFor="handle" className="block text-sm font-medium">
        TikTok handle
      </label>
      <div className="flex gap-2">
        <input
          id="handle"
          name="handle"
          placeholder="@yourhandle"
          defaultValue={state.value}
          autoComplete="off"
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "handle-error" : undefined}
          className={inputClass}
        />
        <button type="submit" disabled={pending} className={primaryButtonClass + " shrink-0"}>
          {pending ? "Adding…" : "Track handle"}
        </button>
      </div>
      {state.error && (
        <p id="handle-error" role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.error}
        </p>
      )}
    </form>
  );
}
