import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

type Props = { userEmail: string; role: "CREATOR" | "ADMIN"; layout: "bar" | "list" };

const linkClass = {
  bar: "rounded-lg px-2 py-1 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white",
  list: "block rounded-lg px-3 py-2.5 text-base font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white",
};

/** Who is signed in and what they can do beside the sections: add a handle, the admin queue, sign out. */
export function AccountActions({ userEmail, role, layout }: Props) {
  const bar = layout === "bar";
  return (
    <div className={bar ? "flex min-w-0 items-center gap-2 text-sm" : "mt-3 space-y-1 border-t border-zinc-200 pt-3 dark:border-zinc-800"}>
      <p className={bar ? "hidden max-w-56 truncate text-zinc-600 xl:block dark:text-zinc-400" : "truncate px-3 text-sm text-zinc-500 dark:text-zinc-400"} title={userEmail}>
        {bar ? null : "Signed in as "}
        {userEmail}
      </p>
      <Link href="/add-handle" className={linkClass[layout]}>
        <span aria-hidden="true">+ </span>Add handle
      </Link>
      {role === "ADMIN" ? (
        bar ? (
          <Link
            href="/admin"
            className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800 hover:bg-amber-200 dark:bg-amber-500/15 dark:text-amber-300 dark:hover:bg-amber-500/25"
          >
            Admin<span className="sr-only"> review queue</span>
          </Link>
        ) : (
          <Link href="/admin" className={linkClass.list}>
            Admin review queue
          </Link>
        )
      ) : null}
      <div className={bar ? "" : "px-3 pt-2"}>
        <SignOutButton />
      </div>
    </div>
  );
}
