import { contextNote, knownIgnored, normalizeColumn, targetByName } from "./column-names";
import { fieldOf, TARGET_LABELS, type ProfileTarget } from "./profile-targets";

/** The creator's choice for a column in the preview: a target, or "ignore". */
export type ColumnChoice = ProfileTarget | "ignore";
export type ColumnChoices = Record<string, ColumnChoice>;

export type ColumnPlan = {
  name: string;
  /** what the column is read as; null: ignored (see note) */
  target: ProfileTarget | null;
  /** the creator chose it in the preview (else it was mapped by its name) */
  chosen: boolean;
  note: string | null;
};

export type ProfileMapping = {
  columns: ColumnPlan[];
  /** the column each target is read from */
  byTarget: Partial<Record<ProfileTarget, string>>;
  /** what stops the file from being applied as it is mapped */
  blocking: string[];
};

/**
 * Which column fills which field: the creator's choices first (a target chosen twice goes to the first column in
 * file order), then the columns whose names we know, best name first; `bio` and `bioLength` fill one stored field, so
 * only one of them is used. Everything else is ignored, each with its reason.
 */
export function resolveMapping(names: readonly string[], choices: ColumnChoices = {}): ProfileMapping {
  const unique = [...new Set(names)];
  const normalized = new Set(unique.map(normalizeColumn));
  const plans = new Map<string, ColumnPlan>();
  const taken = new Map<string, string>();
  const slot = (target: ProfileTarget) => fieldOf(target) ?? "handle";
  const take = (name: string, target: ProfileTarget, chosen: boolean) => {
    const owner = taken.get(slot(target));
    if (owner !== undefined) {
      plans.set(name, { name, target: null, chosen, note: `ignored: ${TARGET_LABELS[target]} already comes from the column "${owner}"` });
      return;
    }
    taken.set(slot(target), name);
    plans.set(name, { name, target, chosen, note: null });
  };

  for (const name of unique) {
    const choice = choices[name];
    if (choice === "ignore") plans.set(name, { name, target: null, chosen: true, note: "ignored: your choice" });
    else if (choice) take(name, choice, true);
  }
  const candidates = unique
    .filter((name) => !plans.has(name))
    .flatMap((name) => {
      const reason = knownIgnored(name) ?? contextNote(name, normalized);
      if (reason) {
        plans.set(name, { name, target: null, chosen: false, note: reason });
        return [];
      }
      const known = targetByName(name);
      if (!known) {
        plans.set(name, { name, target: null, chosen: false, note: "ignored: unknown column" });
        return [];
      }
      return [{ name, ...known }];
    })
    .sort((a, b) => a.rank - b.rank);
  for (const c of candidates) take(c.name, c.target, false);

  const columns = unique.map((name) => plans.get(name)!);
  const byTarget: Partial<Record<ProfileTarget, string>> = {};
  for (const plan of columns) if (plan.target) byTarget[plan.target] = plan.name;
  const blocking = byTarget.handle ? [] : ["No column holds the handle: choose the column with the handles."];
  return { columns, byTarget, blocking };
}
