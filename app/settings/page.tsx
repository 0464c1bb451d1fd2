import { redirect } from "next/navigation";

/** Settings opens on its first section, API tokens (webhooks are beside it). */
export default function SettingsPage() {
  redirect("/settings/tokens");
}
