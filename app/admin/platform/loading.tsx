import { CardsSkeleton, ChartSkeleton } from "@/components/skeletons";

export default function Loading() {
  return (
    <div className="space-y-6">
      <div className="h-8 w-40 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <CardsSkeleton />
      <ChartSkeleton />
    </div>
  );
}
