// A demo snapshot written as the file a creator downloads from TikTok ("Download your data", JSON, the 2025+ layout:
// "Profile And Settings" with Follower / Following lists of { Date, UserName }). Handles and follow dates only: no
// profile of any follower, exactly what a real export gives, so a demo account imported from it shows what the
// dashboard can and cannot tell from a real export.
import type { SnapshotInput } from "../types";

const stamp = (at: Date) => at.toISOString().slice(0, 19).replace("T", " ");

/** A follow with no known start is dated at the snapshot (a real export always dates its entries). */
export function demoTikTokExportJson(handle: string, snapshot: Pick<SnapshotInput, "takenAt" | "followers" | "following">): string {
  const entries = (list: SnapshotInput["followers"]) => (list ?? []).map((e) => ({ Date: stamp(e.since ?? snapshot.takenAt), UserName: e.handle }));
  return JSON.stringify(
    {
      "Profile And Settings": {
        "Profile Info": { ProfileMap: { userName: handle, followerCount: snapshot.followers?.length ?? 0, followingCount: snapshot.following?.length ?? 0 } },
        Follower: { FansList: entries(snapshot.followers) },
        Following: { Following: entries(snapshot.following) },
      },
    },
    null,
    2,
  );
}
