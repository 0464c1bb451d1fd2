import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { landingPath } from "@/lib/domain/navigation/landing-path";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { demoCredentialsToShow } from "@/lib/server/demo/is-demo-database";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; created?: string; deleted?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (viewer) redirect(landingPath(viewer.role));
  const { callbackUrl: raw, created, deleted } = await searchParams;
  // Without a page to return to, "/" sends each role to its landing page (the role is known only once signed in).
  const callbackUrl = typeof raw === "string" && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/";
  return (
    <AuthCard title="Sign in to Followlens" subtitle="See who followed, who left, and why.">
      {created === "1" && (
        <p role="status" className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-500/30 dark:bg-emerald-500/10 dark:text-emerald-300">
          Your account is ready. Sign in to continue.
        </p>
      )}
      {deleted === "1" && (
        <p role="status" className="mb-4 rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-700 dark:border-zinc-700 dark:bg-zinc-800/60 dark:text-zinc-300">
          Your account and all its data were deleted.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} demoCredentials={await demoCredentialsToShow()} />
    </AuthCard>
  );
}
