"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatBytes } from "@/lib/domain/format-bytes";
import { defaultImportLimits } from "@/lib/domain/imports/types";

type Upload = { name: string; sent: number; total: number } | null;

/** Pick a profile file; the bytes go to the server as the request body (XHR, for a progress bar), then its preview page. */
export function ProfileUploadForm({ handle }: { handle: string }) {
  const router = useRouter();
  const [upload, setUpload] = useState<Upload>(null);
  const [error, setError] = useState<string | null>(null);

  const send = (file: File) => {
    const max = defaultImportLimits.maxFileBytes;
    if (file.size > max) return setError(`The file is ${formatBytes(file.size)}; the limit is ${formatBytes(max)}.`);
    setError(null);
    setUpload({ name: file.name, sent: 0, total: file.size });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/accounts/${encodeURIComponent(handle)}/profile-imports`);
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => setUpload({ name: file.name, sent: e.loaded, total: e.total || file.size });
    xhr.onerror = () => {
      setUpload(null);
      setError("The upload was interrupted. Check your connection and try again.");
    };
    xhr.onload = () => {
      const body = safeJson(xhr.responseText) as { profileImportId?: number; error?: { message?: string } } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.profileImportId) {
        router.push(`/dashboard/${encodeURIComponent(handle)}/imports/profiles/${body.profileImportId}`);
        return;
      }
      setUpload(null);
      setError(body?.error?.message ?? `The upload failed (HTTP ${xhr.status}).`);
    };
    xhr.send(file);
  };

  const percent = upload && upload.total > 0 ? Math.round((upload.sent / upload.total) * 100) : 0;
  return (
    <div className="space-y-3">
      <div className="flex flex-col items-center gap-3 rounded-xl border-2 border-dashed border-zinc-300 px-6 py-8 text-center dark:border-zinc-700">
        <p className="text-sm font-medium">A CSV or JSON file of profiles, or a scraper tool&apos;s output</p>
        <label className="cursor-pointer rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600">
          Choose a profile file
          <input
            type="file"
            className="sr-only"
            accept=".csv,.tsv,.json,.ndjson,.jsonl,.txt"
            disabled={upload !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) send(file);
              e.target.value = "";
            }}
          />
        </label>
      </div>
      {upload && (
        <div className="space-y-1" aria-live="polite">
          <div className="flex justify-between text-xs text-zinc-600 dark:text-zinc-400">
            <span className="truncate">Uploading {upload.name}</span>
            <span className="tabular-nums">{percent}%</span>
          </div>
          <div role="progressbar" aria-label="Upload" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
            <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
        </div>
      )}
      {error && <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">{error}</p>}
    </div>
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
