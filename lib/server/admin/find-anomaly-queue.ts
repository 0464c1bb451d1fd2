import { anomalyStatuses, severities } from "@/lib/domain/anomalies/types";
import type { Prisma } from "../generated/prisma/client";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import type { QueuePage, QueueRow } from "./admin-anomaly-view";
import { QUEUE_PAGE_SIZE, type QueueParams } from "./anomaly-queue-params";
import { planGroupedPage } from "./plan-grouped-page";
import { requireAdmin } from "./require-admin";
import { queueRowSelect, toQueueRow } from "./to-queue-row";

const DAY_MS = 86_400_000;

/** Prisma's startsWith is a LIKE: its wildcards in a typed prefix must match themselves. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

function queueWhere(viewer: Viewer, params: QueueParams): Prisma.AnomalyWhereInput {
  const windowEnd: Prisma.DateTimeFilter = {};
  if (params.from) windowEnd.gte = new Date(`${params.from}T00:00:00Z`);
  if (params.to) windowEnd.lt = new Date(Date.parse(`${params.to}T00:00:00Z`) + DAY_MS);
  return {
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.severity ? { severity: params.severity } : {}),
    ...(params.from || params.to ? { windowEnd } : {}),
    ...(params.account ? { trackedAccount: { handleKey: { startsWith: escapeLike(params.account) } } } : {}),
    ...(params.mine ? { assigneeId: viewer.userId } : {}),
    ...(params.withdrawn ? {} : { withdrawnAt: null }),
  };
}

const newestFirst: Prisma.AnomalyOrderByWithRelationInput[] = [{ windowEnd: "desc" }, { id: "desc" }];

/** Ranked sorts: the most urgent first (high severity; open before acknowledged before closed). */
const ranks = { severity: [...severities].reverse(), status: [...anomalyStatuses] } as const;

async function readRows(viewer: Viewer, params: QueueParams, skip: number, take: number): Promise<QueueRow[]> {
  const where = queueWhere(viewer, params);
  const read = (w: Prisma.AnomalyWhereInput, orderBy: Prisma.AnomalyOrderByWithRelationInput[], s: number, t: number) =>
    db().anomaly.findMany({ where: w, orderBy, skip: s, take: t, select: queueRowSelect });

  if (params.sort === "severity" || params.sort === "status") {
    const column = params.sort;
    const counts = await db().anomaly.groupBy({ by: [column], where, _count: { _all: true } });
    const countOf = (value: string) => counts.find((c) => c[column] === value)?._count._all ?? 0;
    const groups = ranks[column].map((value) => ({ group: value, count: countOf(value) }));
    const rows: QueueRow[] = [];
    for (const slice of planGroupedPage(groups, skip, take)) {
      const part = await read({ AND: [where, { [column]: slice.group }] }, newestFirst, slice.skip, slice.take);
      rows.push(...part.map(toQueueRow));
    }
    return rows;
  }
  const orderBy: Prisma.AnomalyOrderByWithRelationInput[] =
    params.sort === "oldest"
      ? [{ windowEnd: "asc" }, { id: "asc" }]
      : params.sort === "account"
        ? [{ trackedAccount: { handleKey: "asc" } }, ...newestFirst]
        : newestFirst;
  return (await read(where, orderBy, skip, take)).map(toQueueRow);
}

/** One page of the review queue: every tracked account's anomalies (and platform incidents), filtered and sorted. */
export async function findAnomalyQueue(viewer: Viewer, params: QueueParams): Promise<QueuePage> {
  await requireAdmin(viewer);
  const total = await db().anomaly.count({ where: queueWhere(viewer, params) });
  const pageSize = QUEUE_PAGE_SIZE;
  // A page past the end (an old link after the queue shrank) shows the last page instead of nothing.
  const page = Math.max(1, Math.min(params.page, Math.ceil(total / pageSize)));
  const rows = await readRows(viewer, params, (page - 1) * pageSize, pageSize);
  return { rows, total, page, pageSize };
}

const EXPORT_CHUNK = 1000;

/** The whole filtered queue in the queue's order, chunk by chunk, for the CSV export. */
export async function* streamAnomalyQueue(viewer: Viewer, params: QueueParams): AsyncGenerator<QueueRow[]> {
  await requireAdmin(viewer);
  for (let skip = 0; ; skip += EXPORT_CHUNK) {
    const rows = await readRows(viewer, params, skip, EXPORT_CHUNK);
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_CHUNK) return;
  }
}
