import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { prepareSnapshot } from "@/lib/domain/prepare-snapshot";
import { applySnapshotReference, emptyTimeline, SnapshotOrderError, type TimelineState } from "@/lib/domain/timeline";
import type { SnapshotEntry, SnapshotInput } from "@/lib/domain/types";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { applySnapshot } from "./apply-snapshot";
import { deleteSnapshot } from "./delete-snapshot";

let database: Database;
let ownerId: number;
let accountSeq = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  ownerId = (await database.prisma.user.create({ data: { email: "pipeline@test.local", passwordHash: "x" } })).id;
});
afterAll(async () => database?.close());

async function newTrackedAccount() {
  accountSeq += 1;
  const handle = `tracked_${accountSeq}`;
  return (await database.prisma.trackedAccount.create({ data: { ownerId, handle, handleKey: handle } })).id;
}

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 10, 12);
const pool = ["Ann", "bob", "Cy", "dee.x", "eve_1", "Fay", "gus", "hal", "ivy", "jo", "ANN", "kim", "lee"];

const entryArb = fc.record({
  handle: fc.constantFrom(...pool),
  since: fc.option(fc.integer({ min: -400, max: 2 }).map((d) => new Date(start + d * DAY)), { nil: null }),
});
const listArb = fc.option(fc.array(entryArb, { maxLength: 12 }), { nil: null, freq: 5 });
const sequenceArb = fc.array(fc.record({ followers: listArb, following: listArb, gapDays: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 6 });

async function readDbState(tid: number) {
  const p = database.prisma;
  const rels = await p.relationship.findMany({ where: { trackedAccountId: tid }, orderBy: { handleKey: "asc" } });
  const intervals = await p.followInterval.findMany({ where: { trackedAccountId: tid } });
  const daily = await p.dailyStat.findMany({ where: { trackedAccountId: tid }, orderBy: { day: "asc" } });
  return {
    relationships: rels.map(({ trackedAccountId: _t, handleKey, ...r }) => ({ key: handleKey, ...r })),
    intervals: intervals
      .map((i) => ({ key: i.handleKey, direction: i.direction, since: i.since, untilAfter: i.untilAfter, untilBefore: i.untilBefore }))
      .sort(byInterval),
    daily: daily.map(({ trackedAccountId: _t, day, ...d }) => ({ day: day.toISOString().slice(0, 10), ...d })),
  };
}

const byInterval = (a: { key: string; direction: number; since: Date }, b: { key: string; direction: number; since: Date }) =>
  a.key.localeCompare(b.key) || a.direction - b.direction || a.since.getTime() - b.since.getTime();

function referenceState(state: TimelineState) {
  return {
    relationships: [...state.relationships.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    intervals: [...state.intervals].sort(byInterval),
    daily: [...state.daily.values()].sort((a, b) => a.day.localeCompare(b.day)),
  };
}

describe("applySnapshot (SQL) matches the pure reference", () => {
  it("on random snapshot sequences", async () => {
    await fc.assert(
      fc.asyncProperty(sequenceArb, async (sequence) => {
        const tid = await newTrackedAccount();
        const state = emptyTimeline();
        let t = start;
        for (const step of sequence) {
          t += step.gapDays * DAY;
          const input: SnapshotInput = { takenAt: new Date(t), source: "test", followers: step.followers, following: step.following };
          const snap = prepareSnapshot(input);
          const expected = applySnapshotReference(state, snap);
          const actual = await applySnapshot(database.prisma, tid, snap);
          expect(actual.status).toBe(expected.status);
          expect(actual.summary).toEqual(expected.summary);
        }
        expect(await readDbState(tid)).toEqual(referenceState(state));
      }),
      { numRuns: 40 },
    );
  });
});

describe("history recomputed from kept lists matches the reference in time order", () => {
  const inputsOf = (sequence: { followers: SnapshotEntry[] | null; following: SnapshotEntry[] | null; gapDays: number }[]) => {
    let t = start;
    return sequence.map((step): SnapshotInput => {
      t += step.gapDays * DAY;
      return { takenAt: new Date(t), source: "test", followers: step.followers, following: step.following };
    });
  };
  const referenceOf = (inputs: SnapshotInput[]) => {
    const state = emptyTimeline();
    const summaries = inputs.map((input) => applySnapshotReference(state, prepareSnapshot(input)).summary);
    return { state, summaries };
  };
  const snapshotSummaries = async (tid: number) =>
    (await database.prisma.snapshot.findMany({ where: { trackedAccountId: tid }, orderBy: { takenAt: "asc" } })).map((s) => ({
      followerCount: s.followerCount, followingCount: s.followingCount, mutualCount: s.mutualCount,
      gainedFollowers: s.gainedFollowers, lostFollowers: s.lostFollowers, gainedFollowing: s.gainedFollowing, lostFollowing: s.lostFollowing,
    }));

  it("when snapshots arrive in any order", async () => {
    await fc.assert(
      fc.asyncProperty(sequenceArb.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.map((_, i) => i), { minLength: s.length }))), async ([sequence, order]) => {
        const tid = await newTrackedAccount();
        const inputs = inputsOf(sequence);
        for (const i of order) await applySnapshot(database.prisma, tid, inputs[i]!, { placeInTimeline: true });
        const expected = referenceOf(inputs);
        expect(await readDbState(tid)).toEqual(referenceState(expected.state));
        expect(await snapshotSummaries(tid)).toEqual(expected.summaries);
      }),
      { numRuns: 15 },
    );
  });

  it("when a snapshot is deleted", async () => {
    await fc.assert(
      fc.asyncProperty(sequenceArb.filter((s) => s.length >= 2).chain((s) => fc.tuple(fc.constant(s), fc.nat(s.length - 1))), async ([sequence, drop]) => {
        const tid = await newTrackedAccount();
        const inputs = inputsOf(sequence);
        const ids: number[] = [];
        for (const input of inputs) ids.push((await applySnapshot(database.prisma, tid, input)).snapshotId);
        expect(await deleteSnapshot(database.prisma, tid, ids[drop]!)).toBe(true);
        const expected = referenceOf(inputs.filter((_, i) => i !== drop));
        expect(await readDbState(tid)).toEqual(referenceState(expected.state));
        expect(await snapshotSummaries(tid)).toEqual(expected.summaries);
      }),
      { numRuns: 15 },
    );
  });
});

describe("applySnapshot", () => {
  const entries = (...handles: string[]): SnapshotEntry[] => handles.map((handle) => ({ handle, since: null }));

  it("applying the same snapshot twice changes nothing", async () => {
    const tid = await newTrackedAccount();
    const input: SnapshotInput = { takenAt: new Date(start), source: "test", followers: entries("a", "b"), following: entries("b") };
    const first = await applySnapshot(database.prisma, tid, input);
    const before = await readDbState(tid);
    const second = await applySnapshot(database.prisma, tid, input);
    expect(first.status).toBe("applied");
    expect(second).toMatchObject({ status: "duplicate", snapshotId: first.snapshotId });
    expect(await readDbState(tid)).toEqual(before);
    expect(await database.prisma.snapshot.count({ where: { trackedAccountId: tid } })).toBe(1);
  });

  it("refuses an older snapshot and leaves the data untouched", async () => {
    const tid = await newTrackedAccount();
    await applySnapshot(database.prisma, tid, { takenAt: new Date(start + DAY), source: "test", followers: entries("a"), following: null });
    const before = await readDbState(tid);
    await expect(
      applySnapshot(database.prisma, tid, { takenAt: new Date(start), source: "test", followers: entries("z"), following: null }),
    ).rejects.toThrow(SnapshotOrderError);
    expect(await readDbState(tid)).toEqual(before);
  });

  it("keeps the window in which a follower left and the mutual count", async () => {
    const tid = await newTrackedAccount();
    const t1 = new Date(start);
    const t2 = new Date(start + 2 * DAY);
    await applySnapshot(database.prisma, tid, { takenAt: t1, source: "test", followers: entries("a", "B"), following: entries("b", "c") });
    // the spelling last seen wins: "b" in the second snapshot
    const second = await applySnapshot(database.prisma, tid, { takenAt: t2, source: "test", followers: entries("a"), following: entries("b", "c") });
    expect(second.summary).toMatchObject({ lostFollowers: 1, followerCount: 1, followingCount: 2, mutualCount: 0 });
    const b = await database.prisma.relationship.findUniqueOrThrow({ where: { trackedAccountId_handleKey: { trackedAccountId: tid, handleKey: "b" } } });
    expect(b).toMatchObject({ handle: "b", followerSince: null, followerLostAfter: t1, followerLostBefore: t2 });
  });
});
