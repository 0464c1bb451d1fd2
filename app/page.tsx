import { redirect } from "next/navigation";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { landingPath } from "@/lib/domain/navigation/landing-path";

/** Where "/" and a sign-in without a callback lead: admins to the review queue, creators to their dashboard. */
export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer ? landingPath(viewer.role) : "/signin");
}
