/** The first page after sign-in: an admin's work is the review queue, a creator's their dashboard. */
export function landingPath(role: "CREATOR" | "ADMIN"): "/admin" | "/dashboard" {
  return role === "ADMIN" ? "/admin" : "/dashboard";
}
