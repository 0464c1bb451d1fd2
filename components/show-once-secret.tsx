"use client";
import { useId, useState, type ReactNode } from "react";

type Props = {
  title: ReactNode;
  /** why it is shown only once, and what it is for */
  children: ReactNode;
  value: string;
  /** what the value is called: "token", "secret" */
  noun: string;
  /** the accessible name of the value */
  label: string;
  testId: string;
};

/** The one time a secret (an API token, a webhook's signing secret) is shown: copy it now, it cannot be shown again. */
export function ShowOnceSecret({ title, children, value, noun, label, testId }: Props) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const [hidden, setHidden] = useState(false);
  const titleId = useId();
  if (hidden) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (permissions, an insecure origin): the text stays selectable.
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-500/40 dark:bg-amber-500/10">
      <h3 id={titleId} className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        {title}
      </h3>
      <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">{children}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <code
          aria-label={label}
          data-testid={testId}
          className="block min-w-0 flex-1 select-all break-all rounded-lg border border-amber-200 bg-white px-3 py-2 font-mono text-sm text-zinc-900 dark:border-amber-500/30 dark:bg-zinc-950 dark:text-zinc-100"
        >
          {value}
        </code>
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-lg bg-zinc-900 px-3 py-2 text-sm font-semibold text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
        >
          {copied === "yes" ? "Copied" : `Copy ${noun}`}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-xs text-amber-900 dark:text-amber-200">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? `Copying was refused: select the ${noun} and copy it by hand.` : ""}
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
