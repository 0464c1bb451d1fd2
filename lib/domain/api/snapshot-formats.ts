import { z } from "zod";

// The push formats as the import parsers read them (lib/domain/imports). These schemas document them in the OpenAPI
// document; the parsers, not these, validate a push, in the import job (errors surface on the import).

const since = z
  .union([z.string(), z.number()])
  .nullable()
  .optional()
  .meta({ description: "When the follow began: ISO 8601, or Unix epoch seconds or milliseconds. Missing: first seen.", examples: ["2025-11-02T18:04:00Z"] });

const entry = z.object({ handle: z.string().meta({ examples: ["some.fan"] }), since }).meta({ title: "SnapshotEntry" });

export const snapshotJsonSchema = z
  .object({
    takenAt: z.string().optional().meta({ description: "When the lists were read (ISO 8601). Default: when the push arrives." }),
    followers: z.array(entry).nullable().meta({ description: "Every follower. null: this push has no follower list (not: zero followers)." }),
    following: z.array(entry).nullable().meta({ description: "Every account followed. null: no following list in this push." }),
  })
  .meta({ title: "SnapshotJson", description: "application/json: both lists in one document." });

export const snapshotNdjsonLineSchema = z
  .union([
    z.object({ takenAt: z.string() }).meta({ title: "SnapshotNdjsonHeader", description: "Optional first line." }),
    z.object({ list: z.enum(["followers", "following"]), handle: z.string(), since }).meta({ title: "SnapshotNdjsonEntry" }),
  ])
  .meta({
    title: "SnapshotNdjsonLine",
    description:
      "application/x-ndjson: one JSON object per line, an optional {\"takenAt\"} first, then one line per entry. A list with no line is absent from the push.",
  });
