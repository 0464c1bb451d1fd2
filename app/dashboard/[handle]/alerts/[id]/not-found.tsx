"use client";
import Link from "next/link";
import { useParams } from "next/navigation";

/** An alert id that is not this account's (or no longer exists) looks the same as one that never did. */
export default function AlertNotFound() {
  const { handle } = useParams<{ handle: string }>();
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">No such alert</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">There is no such alert for this handle.</p>
      <Link href={`/dashboard/${handle}/alerts`} className="mt-6 inline-block text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        ← All alerts
      </Link>
    </div>
  );
}
