/** What an admin write answers: done, or a message the page shows beside the form (never a thrown error). */
export type AdminActionResult = { ok: true } | { ok: false; message: string };

export const STALE_MESSAGE = "Someone changed this anomaly a moment ago. The page now shows its current state; try again.";
