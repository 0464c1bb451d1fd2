import { EmptyState } from "@/components/empty-state";
import { LoadSampleButton } from "./load-sample-button";

export function NoDataYet({ handle }: { handle: string }) {
  return (
    <EmptyState title={`No data for @${handle} yet`} action={<LoadSampleButton handle={handle} />}>
      <p>
        Followlens builds your history from snapshots of your follower and following lists. Imports from TikTok&apos;s
        data export are coming next; until then you can explore the dashboard with generated sample data for this handle.
      </p>
    </EmptyState>
  );
}
