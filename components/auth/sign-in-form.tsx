"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { isSignInLockoutMessage } from "@/lib/domain/sign-in/is-sign-in-lockout-message";
import { FormField, Spinner, primaryButtonClass } from "./form-field";

export type SignInFormProps = {
  callbackUrl: string;
  demoCredentials?: { email: string; password: string }[];
};

/** Email + password sign-in through next-auth's credentials provider. */
export function SignInForm({ callbackUrl, demoCredentials }: SignInFormProps) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await signIn<"credentials">("credentials", { email, password, redirect: false });
      if (!result || result.error || !result.ok) {
        // A lockout says how long to wait; every other refusal reads the same, known email or not.
        setError(isSignInLockoutMessage(result?.error) ? result.error : "Email or password is incorrect.");
        setPending(false);
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError("Something went wrong. Please try again.");
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <FormField
          id="signin-email"
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <FormField
          id="signin-password"
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? <Spinner /> : null}
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>

      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New to Followlens?{" "}
        <Link href="/signup" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Create an account
        </Link>
      </p>

      {demoCredentials && demoCredentials.length > 0 ? (
        <section aria-labelledby="demo-heading" className="rounded-xl border border-dashed border-indigo-300 bg-indigo-50/60 p-4 dark:border-indigo-500/40 dark:bg-indigo-500/5">
          <h2 id="demo-heading" className="text-sm font-semibold text-indigo-900 dark:text-indigo-200">
            Demo accounts
          </h2>
          <ul className="mt-3 space-y-2">
            {demoCredentials.map((demo) => (
              <li key={demo.email} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span className="min-w-0 font-mono text-xs break-all text-zinc-700 dark:text-zinc-300">
                  {demo.email} / {demo.password}
                </span>
                <button
                  type="button"
                  onClick={() => {
                    setEmail(demo.email);
                    setPassword(demo.password);
                    setError(null);
                  }}
                  className="rounded-md border border-indigo-300 bg-white px-2.5 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-100 dark:border-indigo-500/40 dark:bg-zinc-900 dark:text-indigo-300 dark:hover:bg-indigo-500/10"
                >
                  Use<span className="sr-only"> {demo.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
