"use server";
import { redirect } from "next/navigation";
import type { SignUpState } from "@/components/auth/sign-up-state";
import { signUpSchema } from "@/lib/domain/sign-up-schema";
import { createUser, EmailTakenError } from "@/lib/server/users/create-user";

export async function signUpAction(_state: SignUpState, formData: FormData): Promise<SignUpState> {
  const raw = { name: formData.get("name") ?? undefined, email: formData.get("email") ?? "", password: formData.get("password") ?? "" };
  const values = { email: String(raw.email), name: raw.name ? String(raw.name) : undefined };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: SignUpState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password" || field === "name") && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { fieldErrors, values };
  }
  try {
    await createUser(parsed.data);
  } catch (error) {
    if (error instanceof EmailTakenError) return { fieldErrors: { email: error.message }, values };
    throw error;
  }
  redirect("/signin?created=1");
}
