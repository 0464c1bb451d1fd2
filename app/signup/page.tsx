import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { AuthCard } from "../auth-card";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getViewer()) redirect("/");
  return (
    <AuthCard title="Create your account" subtitle="Track your followers from your own data export. No platform password needed.">
      <SignUpForm action={signUpAction} />
    </AuthCard>
  );
}
