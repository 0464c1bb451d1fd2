/** A path in a request body as people write it: events[3].occurredAt. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

type Issue = { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] };

/**
 * The first problem of a failed validation with the exact field at fault. An unknown key is named itself
 * (events[0].ocurredAt), not its parent, so a typo is found at once.
 */
export function firstIssue(issues: readonly Issue[]): { field: string | null; message: string } {
  const issue = issues[0];
  if (!issue) return { field: null, message: "The request is not valid." };
  const path = issue.code === "unrecognized_keys" && issue.keys?.[0] ? [...issue.path, issue.keys[0]] : issue.path;
  const field = formatIssuePath(path);
  return { field: field || null, message: issue.message };
}
