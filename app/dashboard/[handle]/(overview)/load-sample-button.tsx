"use client";
import { useState, useTransition } from "react";
import { primaryButtonClass } from "@/components/auth/form-field";
import { loadSampleHistoryAction } from "../../actions";

export function LoadSampleButton({ handle }: { handle: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={primaryButtonClass}
        disabled={pending}
        onClick={() => start(async () => setError((await loadSampleHistoryAction(handle)).error ?? null))}
      >
        {pending ? "Generating 30 days of sample history…" : "Load sample data"}
      </button>
      {error && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{error}</p>}
    </div>
  );
}
