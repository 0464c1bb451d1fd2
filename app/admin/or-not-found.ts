import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/server/auth/viewer";

/** An admin read for a page: a refusal or a missing anomaly becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
