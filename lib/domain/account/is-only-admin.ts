/**
 * Whether deleting this account would leave no admin: the review queue and the platform view would have no one, and
 * only the command line can make an admin. Nothing in the schema forbids it, so the delete action asks this first.
 */
export function isOnlyAdmin(role: "CREATOR" | "ADMIN", adminCount: number): boolean {
  return role === "ADMIN" && adminCount <= 1;
}

export const ONLY_ADMIN_MESSAGE =
  "You are the only admin, so this account cannot be deleted: the review queue would be left with no one. Make another account an admin first (the create-user command with --admin).";
