/** The outcome of the last action, carried in the URL by the redirect that followed it. */
export function Notice({ value }: { value: string | string[] | undefined }) {
  if (typeof value !== "string" || !value) return null;
  return (
    <p role="status" className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-200">
      {value.slice(0, 300)}
    </p>
  );
}
