// How an admin may move an anomaly between statuses, and when a note is required. Pure rules: the data layer
// checks them inside the transaction that writes the change, the page uses them to offer only the allowed buttons.
import type { AnomalyStatus } from "./types";

/** open → acknowledged → resolved | dismissed; a closed anomaly can be reopened. */
const transitions: Record<AnomalyStatus, readonly AnomalyStatus[]> = {
  open: ["acknowledged"],
  acknowledged: ["resolved", "dismissed"],
  resolved: ["open"],
  dismissed: ["open"],
};

/** Closing needs a reason a later reader can follow ("platform confirmed a bug on 3 May", "creator unfollowed in app"). */
const noteRequired: ReadonlySet<AnomalyStatus> = new Set(["resolved", "dismissed"]);

export const MAX_NOTE_LENGTH = 2000;

export function allowedNextStatuses(from: AnomalyStatus): readonly AnomalyStatus[] {
  return transitions[from];
}

export function requiresNote(to: AnomalyStatus): boolean {
  return noteRequired.has(to);
}

export type StatusChangeCheck =
  | { ok: true; note: string | null }
  | { ok: false; reason: "same-status" | "not-allowed" | "note-required" | "note-too-long"; message: string };

const verbs: Record<AnomalyStatus, string> = { open: "reopen", acknowledged: "acknowledge", resolved: "resolve", dismissed: "dismiss" };

/** Checks one change and normalizes its note (trimmed; blank is no note). */
export function checkStatusChange(from: AnomalyStatus, to: AnomalyStatus, note: string | null | undefined): StatusChangeCheck {
  const text = note?.trim() ?? "";
  if (from === to) return { ok: false, reason: "same-status", message: `The anomaly is already ${from}.` };
  if (!transitions[from].includes(to)) {
    return { ok: false, reason: "not-allowed", message: `An ${from} anomaly cannot be set to ${to} directly.` };
  }
  if (text.length > MAX_NOTE_LENGTH) {
    return { ok: false, reason: "note-too-long", message: `Keep the note under ${MAX_NOTE_LENGTH} characters.` };
  }
  if (requiresNote(to) && text === "") {
    return { ok: false, reason: "note-required", message: `Write a note saying why before you ${verbs[to]} it.` };
  }
  return { ok: true, note: text === "" ? null : text };
}

/** The words for a button that moves an anomaly to `to`. */
export function statusActionLabel(to: AnomalyStatus): string {
  return { open: "Reopen", acknowledged: "Acknowledge", resolved: "Resolve", dismissed: "Dismiss" }[to];
}
