/** What the importer reads, for creators who wonder which file to pick. */
export function FormatHelp() {
  return (
    <details className="rounded-xl border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <summary className="cursor-pointer font-medium">Which files work?</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-600 dark:text-zinc-400">
        <li><strong>TikTok</strong>: Settings → Account → Download your data. Upload the .zip as it comes (JSON or TXT), or the <code>user_data_tiktok.json</code> file inside it, or its <code>Follower.txt</code> and <code>Following.txt</code> picked together. Every layout since 2020 and translated file names are recognised.</li>
        <li><strong>Instagram</strong>: “Download your information” in JSON: the .zip, or <code>followers_1.json</code> and <code>following.json</code> picked together. Your “recently unfollowed” list is kept as your own unfollows.</li>
        <li><strong>CSV</strong>: a header row with <code>handle</code> (required), and optionally <code>followed_at</code> (ISO date) and <code>direction</code> (<code>follower</code> or <code>following</code>; follower when missing).</li>
      </ul>
      <p className="mt-2 text-zinc-500 dark:text-zinc-400">The snapshot time is when the export was made (read from the file), not when you upload it; you can change it before applying.</p>
    </details>
  );
}
