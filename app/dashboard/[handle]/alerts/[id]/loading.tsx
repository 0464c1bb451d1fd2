import { ChartSkeleton, ListSkeleton } from "@/components/skeletons";

export default function Loading() {
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="h-4 w-24 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="space-y-3">
        <div className="h-8 w-64 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-6 w-full max-w-xl animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      </div>
      <ChartSkeleton />
      <ListSkeleton rows={6} />
    </div>
  );
}
