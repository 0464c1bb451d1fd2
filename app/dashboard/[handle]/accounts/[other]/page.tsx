import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountHistory } from "@/components/account-history";
import { getAccountHistory } from "@/lib/server/queries/get-account-history";
import { requireScope } from "../../../../require-viewer";

type Props = { params: Promise<{ handle: string; other: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `@${decodeURIComponent((await params).other)}` };
}

export default async function AccountPage({ params }: Props) {
  const { handle, other } = await params;
  const { scope } = await requireScope(handle);
  const history = await getAccountHistory(scope, decodeURIComponent(other));
  if (!history) notFound();
  return (
    <div className="space-y-4">
      <Link href={`/dashboard/${encodeURIComponent(scope.handle)}/relationships`} className="text-sm text-indigo-600 hover:underline dark:text-indigo-400">
        ← Relationships
      </Link>
      <AccountHistory history={history} />
    </div>
  );
}
