import type { BotReason } from "./bots/types";

/**
 * The reasons a table row shows inline and those behind "more": the strongest counted reason by points, and the
 * next one too when it weighs at least half as much (a +30 batch and a +12 name both show; a +6 empty bio next to
 * a +30 waits). Reasons with no points (what was not known) always wait; when nothing counted, the first of them
 * shows so the row still says why it has the score it has.
 */
export function compactReasons(reasons: BotReason[]): { inline: BotReason[]; more: BotReason[] } {
  const counted = reasons.filter((r) => r.weight !== 0).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || b.weight - a.weight);
  const notes = reasons.filter((r) => r.weight === 0);
  if (counted.length === 0) return { inline: notes.slice(0, 1), more: notes.slice(1) };
  const [first, second] = counted;
  const inline = second && Math.abs(second.weight) * 2 >= Math.abs(first!.weight) ? [first!, second] : [first!];
  return { inline, more: [...counted.slice(inline.length), ...notes] };
}
