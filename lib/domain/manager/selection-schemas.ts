import { z } from "zod";

/** At most this many handles per action: a page of selections, and a bounded statement. */
export const MAX_HANDLES_PER_ACTION = 500;

const handleKeys = z
  .array(z.string().trim().min(1, "An account in the selection has no handle.").max(100, "An account in the selection has too long a handle."))
  .min(1, "Select at least one account.")
  .max(MAX_HANDLES_PER_ACTION, `Select at most ${MAX_HANDLES_PER_ACTION} accounts at a time.`)
  .transform((keys) => [...new Set(keys)]);

/** Selected accounts onto the keep or the unfollow list (the manager never edits the remove list). */
export const managerListSchema = z.object({
  list: z.enum(["keep", "unfollow"], { error: "Choose the keep list or the unfollow list." }),
  handleKeys,
});

/** Selected accounts for an intent ("I unfollowed these", "follow back"). */
export const intentSelectionSchema = z.object({ handleKeys });

/** Form fields to the values the schemas read: every checked handleKey, and the button's list. */
export function selectionFromForm(formData: FormData) {
  return { list: formData.get("list"), handleKeys: formData.getAll("handleKey").map(String) };
}
