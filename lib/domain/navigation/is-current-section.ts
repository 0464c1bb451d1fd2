import type { NavSection } from "./nav-sections";

/** Whether `pathname` lies in a section: on its very path when `exact`, else on it or under it (or under `alsoUnder`). */
export function isCurrentSection(pathname: string, section: Pick<NavSection, "href" | "exact" | "alsoUnder">): boolean {
  const path = normalize(pathname);
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  const target = normalize(section.href);
  return (section.exact ? path === target : under(target)) || (section.alsoUnder ?? []).some((p) => under(normalize(p)));
}

/** Handles are matched case-insensitively and may come encoded (%40) or not; a trailing slash is the same page. */
function normalize(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // a malformed escape stays as typed
  }
  return decoded.toLowerCase().replace(/(.)\/+$/, "$1");
}
