import { formatBytes } from "@/lib/domain/format-bytes";
import { eventsRequestSchema, MAX_EVENTS_PER_REQUEST } from "@/lib/domain/api/events-request";
import { MAX_PROFILES_PER_REQUEST, profilesRequestSchema } from "@/lib/domain/api/profiles-request";
import { snapshotJsonSchema, snapshotNdjsonLineSchema } from "@/lib/domain/api/snapshot-formats";
import { readApiLimits } from "./api-limits";
import { errorRefs, errorResponses, jsonSchemaOf } from "./openapi-responses";
import { errorSchema, eventsResultSchema, importAnswerSchema, importViewSchema, profilesResultSchema } from "./openapi-schemas";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });
const handleParam = {
  name: "handle",
  in: "path",
  required: true,
  description: "A handle you track (with or without @, any case). One you do not track is 404, whoever else tracks it.",
  schema: { type: "string" },
};
/** Every authenticated operation can answer these besides its own. */
const common = [401, 404, 405, 429, 500] as const;
const bodyErrors = [400, 413, 415, 422] as const;

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument() {
  const limits = readApiLimits();
  return {
    openapi: "3.1.0",
    info: {
      title: "Followlens ingestion API",
      version: "1.0.0",
      description: [
        "Push follower snapshots, follow events and profile fields from tools that run on a schedule.",
        "Authenticate with a token from Settings → API tokens: `Authorization: Bearer fl_…`. A token acts for the creator who made it and reaches only the handles they track.",
        `Each token may send ${limits.ratePerMinute} requests a minute, in bursts of up to ${limits.rateBurst}; past that the answer is 429 with Retry-After.`,
        "Every answer other than success has the same shape: `{ \"error\": { \"code\", \"message\", \"field\"? } }`. A method an endpoint does not take is 405, a path that does not exist 404, in that shape too.",
      ].join("\n\n"),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }],
    paths: {
      "/accounts/{handle}/snapshots": {
        post: {
          operationId: "pushSnapshot",
          summary: "Push a full snapshot of the follower and/or following list",
          description: `The body is streamed to storage as it arrives (up to ${formatBytes(limits.maxSnapshotBytes)}), then parsed and applied by a background job: poll the import's \`links.self\` until its status leaves "parsing" and "applying". A snapshot that looks partial (far fewer entries than the previous one) is held for review in the dashboard instead of applied. Pushing byte-identical content again changes nothing and answers 200 with status "duplicate". Parse errors (a bad line, a bad date) make the import "failed", with the line or field in \`error\`. application/ndjson and application/jsonl are read as NDJSON too; application/zip takes an export zip as TikTok or Instagram hand it out.`,
          parameters: [
            handleParam,
            { name: "takenAt", in: "query", required: false, description: "When the lists were read (ISO 8601 with a zone, at most a day ahead); overrides the body's takenAt.", schema: { type: "string", format: "date-time" } },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ref("SnapshotJson") },
              "application/x-ndjson": { schema: ref("SnapshotNdjsonLine") },
              "application/zip": { schema: { type: "string", contentEncoding: "binary", description: "TikTok's or Instagram's export zip, as downloaded" } },
            },
          },
          responses: {
            "202": { description: "Accepted: the import is parsing.", headers: { Location: { schema: { type: "string" } } }, content: json("ImportAnswer") },
            "200": { description: "The same content was already applied: status \"duplicate\", nothing changes.", content: json("ImportAnswer") },
            ...errorRefs([...bodyErrors, ...common]),
          },
        },
      },
      "/imports/{id}": {
        get: {
          operationId: "getImport",
          summary: "An import's status, preview and error",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: { "200": { description: "The import.", content: json("ImportAnswer") }, ...errorRefs(common) },
        },
      },
      "/accounts/{handle}/events": {
        post: {
          operationId: "pushEvents",
          summary: "Record follow and unfollow events",
          description: `Up to ${MAX_EVENTS_PER_REQUEST.toLocaleString("en-US")} events a request, recorded in one statement. Each \`key\` is recorded once per tracked account: a retry, or a key repeated in one request, inserts nothing and counts as a duplicate (the first one stands). Events are kept for the follow-integrity detectors; they do not change follower or following lists (push a snapshot for that).`,
          parameters: [handleParam],
          requestBody: { required: true, content: json("EventsRequest") },
          responses: { "200": { description: "What was recorded.", content: json("EventsResult") }, ...errorRefs([...bodyErrors, ...common]) },
        },
      },
      "/accounts/{handle}/profiles": {
        put: {
          operationId: "putProfiles",
          summary: "Store public profile fields of accounts",
          description: `Up to ${MAX_PROFILES_PER_REQUEST.toLocaleString("en-US")} profiles a request, upserted by handle on the tracked account's platform; a field left out or null keeps the stored value. The bot-likeness scorer reads them at the next rescoring. The tracked account's own counts go here under its own handle. Only that handle and accounts already in its lists or history are written (profiles are shared between creators); others are counted as ignored.`,
          parameters: [handleParam],
          requestBody: { required: true, content: json("ProfilesRequest") },
          responses: { "200": { description: "What was stored.", content: json("ProfilesResult") }, ...errorRefs([...bodyErrors, ...common]) },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          security: [],
          responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", bearerFormat: "fl_ followed by 43 base64url characters", description: "A token from Settings → API tokens." },
      },
      schemas: {
        Error: jsonSchemaOf(errorSchema),
        SnapshotJson: jsonSchemaOf(snapshotJsonSchema),
        SnapshotNdjsonLine: jsonSchemaOf(snapshotNdjsonLineSchema),
        EventsRequest: jsonSchemaOf(eventsRequestSchema()),
        EventsResult: jsonSchemaOf(eventsResultSchema),
        ProfilesRequest: jsonSchemaOf(profilesRequestSchema()),
        ProfilesResult: jsonSchemaOf(profilesResultSchema),
        Import: jsonSchemaOf(importViewSchema),
        ImportAnswer: jsonSchemaOf(importAnswerSchema),
      },
      responses: errorResponses(),
    },
  };
}
