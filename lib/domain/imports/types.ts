/** The formats an import can arrive in; detected from file names and content, never chosen by the user. */
export type ExportFormat =
  | "tiktok-json"
  | "tiktok-txt"
  | "instagram"
  | "csv"
  /** the ingestion API's own push formats (also accepted as files) */
  | "followlens-json"
  | "followlens-ndjson";

/**
 * One list as parsed, in file order, as columns: a million rows stay a few tens of MB (no object per row).
 * `since[i]` is when that follow began in ms since the epoch (UTC), NaN when the source does not say.
 */
export type ParsedList = { handles: string[]; since: Float64Array };

export type ParsedProfile = {
  handle: string | null;
  followerCount: number | null;
  followingCount: number | null;
};

export type ParsedExport = {
  format: ExportFormat;
  /** for people: "TikTok JSON, 2025+ layout (Profile And Settings)", "Instagram, 3 follower files" */
  layout: string;
  /** null: the export has no follower section ("no data", not zero followers) */
  followers: ParsedList | null;
  following: ParsedList | null;
  /** accounts the creator unfollowed themselves (Instagram's recently_unfollowed_profiles.json); since = when */
  unfollowed: ParsedList | null;
  /** the export's own profile section, when it has one */
  profile: ParsedProfile | null;
  /** when the export was made: the newest zip entry time, or a time the format states (followlens takenAt) */
  exportedAt: Date | null;
  /** oldest and newest follow date among the records (null when no record has one) */
  firstRecordAt: Date | null;
  lastRecordAt: Date | null;
  /** harmless things we normalized, for the preview: "2 handles appear twice in different case (fan_B, fan_b)" */
  warnings: string[];
};

export type ImportErrorCode =
  | "empty-file"
  | "too-large"
  | "not-text"
  | "unknown-format"
  | "malformed"
  | "wrong-shape"
  | "bad-zip"
  | "zip-bomb"
  | "unsafe-path"
  | "bad-date"
  | "future-date"
  | "bad-handle"
  | "no-lists";

/**
 * Input we refuse, with where it went wrong ("line 12", "FansList[3].Date", "zip entry ../../etc/passwd") so the
 * message can name it. Nothing is written when one is thrown.
 */
export class ImportError extends Error {
  readonly location?: string;

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    location?: string,
  ) {
    // The message is shown and stored: untrusted text in it (a file name, a zip entry) loses its control
    // characters (PostgreSQL refuses NUL in text) and a location is cut to a readable length.
    const where = location === undefined ? undefined : shown(location, MAX_LOCATION);
    super(where ? `${shown(message)} (${where})` : shown(message));
    this.location = where;
    this.name = "ImportError";
  }
}

const MAX_LOCATION = 200;

function shown(text: string, max = Number.POSITIVE_INFINITY): string {
  const clean = text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "\uFFFD");
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** Limits an import is held to; tests pass smaller ones. */
export type ImportLimits = {
  /** the uploaded file itself */
  maxFileBytes: number;
  /** all entries of a zip once expanded, and any one text file */
  maxExpandedBytes: number;
  /** expanded / compressed, per zip entry (a zip bomb's ratio is in the thousands; JSON compresses about 10:1) */
  maxRatio: number;
  maxZipEntries: number;
};

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxExpandedBytes: 1024 * 1024 * 1024,
  maxRatio: 100,
  maxZipEntries: 10_000,
};

/** One file of an export (a loose upload, or one entry of a zip), opened on demand as a stream of bytes. */
export type ExportSource = { name: string; open: () => AsyncIterable<Uint8Array> };
