import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { SIGN_IN_LOCKOUT } from "../sign-in/record-sign-in-lockout";
import { requireAdmin } from "./require-admin";

export type SignInLockoutRow = {
  id: number;
  at: string;
  scope: "account" | "address";
  /** the account the attempt named, when it exists (an unknown email locks out all the same) */
  email: string | null;
  address: string | null;
  failures: number;
  until: string | null;
  inForce: boolean;
};

const detailSchema = z.object({ scope: z.enum(["account", "address"]), failures: z.number().int(), until: z.iso.datetime() });

/** Enough to see an attack going on; older ones stay in security_events. */
const SHOWN = 20;

/** The latest sign-in lockouts, newest first, with the account they name and whether each still lasts. */
export async function findSignInLockouts(viewer: Viewer, now = new Date()): Promise<SignInLockoutRow[]> {
  await requireAdmin(viewer);
  const events = await db().securityEvent.findMany({
    where: { kind: SIGN_IN_LOCKOUT },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, at: true, userId: true, address: true, detail: true },
  });
  const ids = [...new Set(events.flatMap((e) => (e.userId === null ? [] : [e.userId])))];
  const users = ids.length ? await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }) : [];
  const emailById = new Map(users.map((u) => [u.id, u.email]));
  return events.map((e) => {
    const detail = detailSchema.safeParse(e.detail);
    const until = detail.success ? detail.data.until : null;
    return {
      id: e.id,
      at: e.at.toISOString(),
      scope: detail.success ? detail.data.scope : "account",
      email: e.userId === null ? null : (emailById.get(e.userId) ?? null),
      address: e.address,
      failures: detail.success ? detail.data.failures : 0,
      until,
      inForce: until !== null && new Date(until) > now,
    };
  });
}
