"use client";
import { useTransition } from "react";
import { rescoreAction } from "./actions";

export function RescoreButton({ handle, disabled }: { handle: string; disabled: boolean }) {
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={disabled || pending}
      onClick={() => start(() => rescoreAction(handle))}
      className="rounded-lg bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
    >
      {disabled ? "Rescoring…" : pending ? "Starting…" : "Rescore all accounts"}
    </button>
  );
}
