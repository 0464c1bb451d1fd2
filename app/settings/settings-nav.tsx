import Link from "next/link";

const sections = [
  { href: "/settings/account", label: "Account" },
  { href: "/settings/tokens", label: "API tokens" },
  { href: "/settings/webhooks", label: "Webhooks" },
] as const;

/** The settings sub-navigation shared by its pages. */
export function SettingsNav({ current }: { current: (typeof sections)[number]["href"] }) {
  return (
    <nav aria-label="Settings" className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
      {sections.map((s) => {
        const active = s.href === current;
        return (
          <Link
            key={s.href}
            href={s.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              active
                ? "border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
                : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900 dark:text-zinc-400 dark:hover:border-zinc-600 dark:hover:text-white"
            }`}
          >
            {s.label}
          </Link>
        );
      })}
    </nav>
  );
}
