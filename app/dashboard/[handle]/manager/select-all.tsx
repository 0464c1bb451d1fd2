"use client";

/** Checks or clears every row checkbox of its form (a plain checkbox: Space toggles it). */
export function SelectAll({ label = "Select all on this page" }: { label?: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      className="size-4"
      onChange={(event) => {
        const form = event.currentTarget.form;
        if (!form) return;
        for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="handleKey"]')) box.checked = event.currentTarget.checked;
      }}
    />
  );
}
