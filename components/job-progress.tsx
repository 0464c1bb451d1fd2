"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

type JobState = { status: string; phase: string | null; done: number; total: number; error: string | null };

/** A progress bar that follows a recorded job (it survives leaving the page); refreshes the page when it ends. */
export function JobProgress({ jobId, label }: { jobId: number; label: string }) {
  const router = useRouter();
  const [job, setJob] = useState<JobState | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/api/jobs/${jobId}`, { cache: "no-store" });
      if (!response.ok || stopped) return;
      const next = (await response.json()) as JobState;
      setJob(next);
      if (next.status === "done" || next.status === "failed") router.refresh();
      else setTimeout(poll, 800);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [jobId, router]);
  if (job?.status === "failed") {
    return <p role="alert" className="text-sm text-red-600 dark:text-red-400">{label} failed: {job.error}</p>;
  }
  const percent = job && job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <div className="space-y-1" aria-live="polite">
      <div className="flex justify-between text-xs text-zinc-600 dark:text-zinc-400">
        <span>{label}{job?.phase ? ` — ${job.phase}` : ""}</span>
        <span className="tabular-nums">{job ? `${job.done.toLocaleString("en-US")} / ${job.total.toLocaleString("en-US")} (${percent}%)` : "starting…"}</span>
      </div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
        <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
