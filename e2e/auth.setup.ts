import { test as setup } from "@playwright/test";
import { CREATOR_A, CREATOR_B } from "./fixtures/users";
import { signIn, storageStateFor } from "./helpers";

// Signs in once per role and saves the session for the specs (Dub's pattern).
for (const [who, user] of [["creator-a", CREATOR_A], ["creator-b", CREATOR_B]] as const) {
  setup(`sign in as ${who}`, async ({ page }, info) => {
    await signIn(page, user.email, user.password);
    await page.context().storageState({ path: storageStateFor(info.project.name, who) });
  });
}
