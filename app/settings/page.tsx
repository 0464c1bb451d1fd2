import { redirect } from "next/navigation";

/** Settings opens on its first section, the account (API tokens and webhooks are beside it). */
export default function SettingsPage() {
  redirect("/settings/account");
}
