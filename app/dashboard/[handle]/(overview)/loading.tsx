import { CardsSkeleton, ChartSkeleton, ListSkeleton } from "@/components/skeletons";

export default function Loading() {
  return (
    <div className="space-y-6">
      <div className="h-8 w-48 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <CardsSkeleton count={6} />
      <ChartSkeleton />
      <ListSkeleton />
    </div>
  );
}
