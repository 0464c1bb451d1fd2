/** Which profile files work, and what is ignored, for creators who wonder what to upload. */
export function ProfileFormatHelp() {
  return (
    <details className="rounded-xl border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <summary className="cursor-pointer font-medium">Which files work?</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-600 dark:text-zinc-400">
        <li><strong>CSV</strong> with a header row (commas, semicolons or tabs), or <strong>JSON</strong>: a list of objects, one object per line (.jsonl), or <code>{"{\"profiles\": [...]}"}</code> as our profiles API takes it.</li>
        <li>Columns are read by name, any subset: <code>handle</code>/<code>username</code> (required), <code>followers</code>/<code>fans</code>, <code>following</code>, <code>videos</code>/<code>posts</code>, <code>avatar</code> (an image address means it has one), <code>private</code>, <code>bio</code> (only its length is kept), <code>created</code>, <code>last_post</code> (ISO dates or Unix time). You can change how a column is read in the preview.</li>
        <li><strong>Scraper tools</strong>: Apify&apos;s TikTok Scraper and Instagram Profile Scraper (JSON or CSV), tiktok-scraper&apos;s CSV and JSON, Instaloader&apos;s profile JSON.</li>
        <li>Not applied, and listed with their rows: unknown columns, wrong types, negative or impossible counts, invalid or repeated handles (the last row wins), and handles that are not among your followers or the accounts you follow.</li>
      </ul>
    </details>
  );
}
