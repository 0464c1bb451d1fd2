import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { LoadSampleButton } from "./load-sample-button";

export function NoDataYet({ handle }: { handle: string }) {
  return (
    <EmptyState
      title={`No data for @${handle} yet`}
      action={
        <div className="flex flex-wrap justify-center gap-2">
          <Link href={`/dashboard/${encodeURIComponent(handle)}/imports`} className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
            Import your data
          </Link>
          <LoadSampleButton handle={handle} />
        </div>
      }
    >
      <p>
        Followlens builds your history from snapshots of your follower and following lists. Upload TikTok&apos;s data
        export (or Instagram&apos;s, or a CSV) to start, or explore the dashboard with generated sample data first.
      </p>
    </EmptyState>
  );
}
