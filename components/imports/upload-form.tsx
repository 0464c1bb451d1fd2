"use client";
import { useRouter } from "next/navigation";
import { zipSync, type Zippable } from "fflate";
import { useRef, useState } from "react";
import { formatBytes } from "@/lib/domain/format-bytes";
import { defaultImportLimits } from "@/lib/domain/imports/types";

type Upload = { name: string; sent: number; total: number } | null;

/**
 * Drag and drop or pick an export; the bytes go to the server as the request body (XHR, for an upload progress
 * bar), then the import's own page shows the preview. Several loose files of one export (Follower.txt and
 * Following.txt, or Instagram's followers_1.json and following.json) are packed into one zip here, stored
 * uncompressed with their own times, so they become one snapshot as if the export's zip had been uploaded.
 */
export function UploadForm({ handle }: { handle: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const sendAll = async (files: File[]) => {
    if (files.length === 1) return send(files[0]!);
    const entries: Zippable = {};
    for (const file of files) entries[file.name] = [new Uint8Array(await file.arrayBuffer()), { mtime: new Date(file.lastModified) }];
    const newest = Math.max(...files.map((f) => f.lastModified));
    send(new File([zipSync(entries, { level: 0 })], `${files.length} files.zip`, { type: "application/zip", lastModified: newest }));
  };

  const send = (file: File) => {
    if (file.size > defaultImportLimits.maxFileBytes) {
      setError(`The file is ${formatBytes(file.size)}; the limit is ${formatBytes(defaultImportLimits.maxFileBytes)}.`);
      return;
    }
    setError(null);
    setUpload({ name: file.name, sent: 0, total: file.size });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/accounts/${encodeURIComponent(handle)}/imports`);
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.setRequestHeader("x-file-modified", String(file.lastModified));
    xhr.upload.onprogress = (e) => setUpload({ name: file.name, sent: e.loaded, total: e.total || file.size });
    xhr.onerror = () => {
      setUpload(null);
      setError("The upload was interrupted. Check your connection and try again.");
    };
    xhr.onload = () => {
      const body = safeJson(xhr.responseText) as { importId?: number; error?: { message?: string } } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.importId) {
        router.push(`/dashboard/${encodeURIComponent(handle)}/imports/${body.importId}`);
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
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = [...e.dataTransfer.files];
          if (files.length && !upload) void sendAll(files);
        }}
        className={`flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors ${over ? "border-indigo-500 bg-indigo-50 dark:bg-indigo-500/10" : "border-zinc-300 dark:border-zinc-700"}`}
      >
        <p className="text-sm font-medium">Drop your export here (one zip, or the loose files of one export together)</p>
        <p className="max-w-md text-xs text-zinc-500 dark:text-zinc-400">
          TikTok&apos;s data export (the .zip, user_data_tiktok.json or the Follower/Following .txt files), Instagram&apos;s export, or a CSV.
        </p>
        <label className="cursor-pointer rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600">
          Choose a file
          <input
            ref={input}
            type="file"
            className="sr-only"
            accept=".zip,.json,.txt,.csv,.ndjson,.jsonl"
            multiple
            disabled={upload !== null}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length) void sendAll(files);
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
