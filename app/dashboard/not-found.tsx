import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">There is no such tracked account or handle in your dashboard.</p>
      <Link href="/dashboard" className="mt-6 inline-block font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to your dashboard
      </Link>
    </main>
  );
}
