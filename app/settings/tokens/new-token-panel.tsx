"use client";
import { useState } from "react";

/** The one time a token is shown: copy it now, it is stored only as a hash. */
export function NewTokenPanel({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (permissions, an insecure origin): the text stays selectable.
      setCopied("failed");
    }
  }

  return (
    <section
      aria-labelledby="new-token-title"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-500/40 dark:bg-amber-500/10"
    >
      <h3 id="new-token-title" className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        Token “{name}” created
      </h3>
      <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">
        Copy it now: this is the only time it is shown. We keep only a fingerprint of it, so it cannot be shown again. Anyone
        with it can push data to your tracked handles; keep it out of shared files and repositories.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <code
          aria-label="New API token"
          data-testid="new-token"
          className="block min-w-0 flex-1 select-all break-all rounded-lg border border-amber-200 bg-white px-3 py-2 font-mono text-sm text-zinc-900 dark:border-amber-500/30 dark:bg-zinc-950 dark:text-zinc-100"
        >
          {token}
        </code>
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-lg bg-zinc-900 px-3 py-2 text-sm font-semibold text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
        >
          {copied === "yes" ? "Copied" : "Copy token"}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-xs text-amber-900 dark:text-amber-200">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Copying was refused: select the token and copy it by hand." : ""}
      </p>
      <button
        type="button"
        onClick={() => setHidden(true)}
        className="mt-1 text-sm font-medium text-amber-900 underline underline-offset-2 hover:no-underline dark:text-amber-200"
      >
        I have saved it, hide it
      </button>
    </section>
  );
}
