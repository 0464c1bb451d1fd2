/** One entry of the main navigation. badge: a count shown beside the label (open alerts), hidden when 0. */
export type NavSection = {
  href: string;
  label: string;
  /** current only on this very path (Overview), not under it */
  exact: boolean;
  badge?: number;
  /** further paths under which this entry is the current section (the queue, on an anomaly's page) */
  alsoUnder?: string[];
};

const settings: NavSection = { href: "/settings", label: "Settings", exact: false };

/** The sections of one tracked account, in the order the header shows them. */
export function accountSections(handle: string, openAlerts: number): NavSection[] {
  const base = `/dashboard/${encodeURIComponent(handle)}`;
  return [
    { href: base, label: "Overview", exact: true },
    { href: `${base}/relationships`, label: "Relationships", exact: false },
    { href: `${base}/bots`, label: "Bots", exact: false },
    { href: `${base}/manager`, label: "Following", exact: false },
    { href: `${base}/lists`, label: "Lists", exact: false },
    { href: `${base}/alerts`, label: "Alerts", exact: false, badge: openAlerts },
    { href: `${base}/imports`, label: "Imports", exact: false },
    settings,
  ];
}

/**
 * The navigation of a page that is not one tracked account's: an admin gets the review queue and the platform view,
 * everyone gets Settings (so an admin who tracks nothing still reaches their account page).
 */
export function pageSections(role: "CREATOR" | "ADMIN"): NavSection[] {
  return role === "ADMIN"
    ? [
        { href: "/admin", label: "Queue", exact: true, alsoUnder: ["/admin/anomalies"] },
        { href: "/admin/platform", label: "Platform", exact: true },
        settings,
      ]
    : [settings];
}
