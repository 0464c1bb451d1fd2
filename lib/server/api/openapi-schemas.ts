import { z } from "zod";
import type { ImportView } from "../imports/import-view";
import type { RecordedEvents } from "./record-follow-events";
import type { UpsertedProfiles } from "./upsert-pushed-profiles";

// Answers described as zod schemas so the OpenAPI document is generated; the type checks at the bottom fail the build
// when an answer's TypeScript type and its schema part ways.

const time = z.string().meta({ format: "date-time" });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable, for programs: unauthorized, invalid_request, rate_limited…" }),
      message: z.string().meta({ description: "For people: what is wrong and what to do." }),
      field: z.string().optional().meta({ description: "The field at fault, when one is (events[3].occurredAt, takenAt)." }),
    }),
  })
  .meta({ title: "Error" });

const previewSchema = z.object({
  newFollowers: z.number().nullable(),
  lostFollowers: z.number().nullable(),
  newFollowing: z.number().nullable(),
  lostFollowing: z.number().nullable(),
  insertsBefore: z.string().nullable(),
  partial: z
    .object({ list: z.enum(["followers", "following"]), found: z.number(), expected: z.number(), against: z.enum(["previous-snapshot", "profile-count"]) })
    .nullable(),
  unfollowedRecorded: z.number(),
});

export const importViewSchema = z
  .object({
    id: z.int(),
    origin: z.string(),
    fileName: z.string(),
    fileSize: z.number(),
    status: z
      .enum(["parsing", "ready", "held", "applying", "applied", "duplicate", "failed", "discarded", "removed"])
      .meta({ description: "parsing → applying → applied; held: looks partial, confirm it in the dashboard; failed: see error." }),
    format: z.string().nullable(),
    layout: z.string().nullable(),
    followers: z.number().nullable(),
    following: z.number().nullable(),
    firstRecordAt: time.nullable(),
    lastRecordAt: time.nullable(),
    exportedAt: time.nullable(),
    takenAt: time.nullable(),
    preview: previewSchema.nullable().meta({ description: "What applying changes (or changed), once parsed." }),
    warnings: z.array(z.string()),
    error: z.string().nullable().meta({ description: "Why it failed, naming the line or field." }),
    snapshotId: z.int().nullable(),
    createdAt: time,
    finishedAt: time.nullable(),
    jobId: z.int().nullable(),
  })
  .meta({ title: "Import" });

export const jobProgressSchema = z
  .object({
    status: z.enum(["queued", "running", "done", "failed"]),
    phase: z.string().nullable().meta({ description: "What the worker is doing (\"writing\", \"retrying after: …\")." }),
    done: z.int(),
    total: z.int(),
    error: z.string().nullable(),
  })
  .meta({ title: "JobProgress", description: "The progress of the import's current job, as the worker last wrote it." });

export const importAnswerSchema = z
  .object({
    import: importViewSchema,
    job: jobProgressSchema.nullable(),
    links: z.object({ self: z.string().meta({ examples: ["/api/v1/imports/42"] }) }),
  })
  .meta({ title: "ImportAnswer" });

export const eventsResultSchema = z
  .object({
    received: z.int(),
    inserted: z.int().meta({ description: "Events recorded now." }),
    duplicates: z.int().meta({ description: "Events whose key was already recorded (or repeated in the request): ignored." }),
  })
  .meta({ title: "EventsResult" });

export const profilesResultSchema = z
  .object({
    received: z.int(),
    upserted: z.int().meta({ description: "Distinct handles written." }),
    ignored: z.int().meta({ description: "Distinct handles not written: neither the tracked account nor an account in its lists or history." }),
  })
  .meta({ title: "ProfilesResult" });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const answerTypesMatch: [
  Same<z.output<typeof importViewSchema>, ImportView>,
  Same<z.output<typeof eventsResultSchema>, RecordedEvents>,
  Same<z.output<typeof profilesResultSchema>, UpsertedProfiles>,
] = [true, true, true];
