import { redirect } from "next/navigation";
import { getViewer } from "@/lib/server/auth/get-viewer";

export default async function Home() {
  redirect((await getViewer()) ? "/dashboard" : "/signin");
}
