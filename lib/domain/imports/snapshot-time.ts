export type TimeSources = {
  /** what the creator (or CLI --taken-at, API takenAt) asked for */
  chosen: Date | null;
  /** the newest zip entry, or a time the file states */
  exportedAt: Date | null;
  /** the file's own modification time as the browser reported it */
  fileModifiedAt: Date | null;
  /** the newest follow date among the records */
  lastRecordAt: Date | null;
  uploadedAt: Date;
};

/**
 * The time a snapshot stands for: when the export was made, not when it was uploaded. The creator's choice wins;
 * otherwise the export's own time, the file's, the newest record's, and last of all the upload's. Never later
 * than the upload, and never before the newest record it contains.
 */
export function chooseSnapshotTime(t: TimeSources): Date {
  const picked = t.chosen ?? t.exportedAt ?? t.fileModifiedAt ?? t.lastRecordAt ?? t.uploadedAt;
  let ms = Math.min(picked.getTime(), t.uploadedAt.getTime());
  if (!t.chosen && t.lastRecordAt) ms = Math.max(ms, Math.min(t.lastRecordAt.getTime(), t.uploadedAt.getTime()));
  return new Date(ms);
}
