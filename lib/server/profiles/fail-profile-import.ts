import { rm } from "node:fs/promises";
import type { PrismaClient } from "../generated/prisma/client";

/** The profile import ends with its reason; its file is dropped (nothing of it was written). */
export async function failProfileImport(prisma: PrismaClient, id: number, storagePath: string | null, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await prisma.profileImport.update({ where: { id }, data: { status: "failed", error: message.slice(0, 2000), storagePath: null, finishedAt: new Date() } });
  if (storagePath) await rm(storagePath, { force: true });
}
