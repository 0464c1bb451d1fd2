"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";

/** A select of tracked accounts that navigates to the chosen account's dashboard; one account is shown as text. */
export function HandleSwitcher({ handles, current }: { handles: string[]; current: string | null }) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const value = current ?? "";
  const shown = current ? `@${current}` : undefined;

  if (handles.length < 2) {
    return shown ? (
      <p className="truncate text-sm font-medium text-zinc-900 dark:text-zinc-100" title={shown}>
        {shown}
      </p>
    ) : null;
  }
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Tracked account
      </label>
      <select
        id={id}
        key={value}
        defaultValue={value}
        title={shown}
        aria-busy={pending || undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (!next || next === current) return;
          startTransition(() => router.push(`/dashboard/${encodeURIComponent(next)}`));
        }}
        className="w-full max-w-full truncate rounded-lg border border-zinc-300 bg-white py-1.5 pr-8 pl-3 text-sm font-medium text-zinc-900 disabled:opacity-60 lg:w-auto lg:max-w-xs dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {current === null ? (
          <option value="" disabled>
            Choose an account…
          </option>
        ) : null}
        {handles.map((handle) => (
          <option key={handle} value={handle}>
            @{handle}
          </option>
        ))}
      </select>
    </>
  );
}
