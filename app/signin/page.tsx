import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { demoCredentialsToShow } from "@/lib/server/demo/is-demo-database";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getViewer()) redirect("/dashboard");
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = typeof raw === "string" && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/dashboard";
  return (
    <AuthCard title="Sign in to Followlens" subtitle="See who followed, who left, and why.">
      <SignInForm callbackUrl={callbackUrl} demoCredentials={await demoCredentialsToShow()} />
    </AuthCard>
  );
}
