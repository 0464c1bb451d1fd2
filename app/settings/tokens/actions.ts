"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { tokenNameSchema } from "@/lib/domain/api/token-name-schema";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { requireViewer } from "../../require-viewer";

export type CreateTokenState = { error?: string; value?: string; created?: { name: string; token: string } };

/** The plain token goes back in this answer only; the page lists tokens from the database, which has only the hash. */
export async function createApiTokenAction(_state: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const viewer = await requireViewer();
  const value = String(formData.get("name") ?? "");
  const parsed = tokenNameSchema.safeParse(value);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Give the token a name.", value };
  const { token, view } = await createApiToken(viewer, parsed.data);
  revalidatePath("/settings/tokens");
  return { created: { name: view.name, token } };
}

const tokenIdSchema = z.coerce.number().int().positive();

export async function revokeApiTokenAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer();
  const id = tokenIdSchema.safeParse(formData.get("id"));
  // Another creator's id, or a stale one, revokes nothing: the list simply shows the truth again.
  if (id.success) await revokeApiToken(viewer, id.data);
  revalidatePath("/settings/tokens");
}
