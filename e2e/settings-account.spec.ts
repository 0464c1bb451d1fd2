import { expect, test, type Page } from "@playwright/test";
import { ADMIN, CREATOR_A, CREATOR_B } from "./fixtures/users";
import { signIn, signUpWithHandle, uniqueEmail } from "./helpers";

// Wrong passwords here count as failed sign-ins, also per client address: these tests say they come from an address
// of their own (the first X-Forwarded-For entry), so their failures and the lockout leave the other specs' alone.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.50" } });

const PASSWORD = "a-good-long-password"; // what signUpWithHandle sets
const WRONG_PASSWORD = "That is not your current password. Each wrong try counts as a failed sign-in.";

const section = (page: Page, name: "Email" | "Password" | "Danger zone") => page.getByRole("region", { name });
/** Handles have at most 24 characters. */
const uniqueHandle = () => `acct.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A fresh creator on the account page; returns the email they signed up with. */
async function freshCreatorOnAccountPage(page: Page, tag: string): Promise<string> {
  await signUpWithHandle(page, tag, uniqueHandle());
  await page.goto("/settings/account");
  const email = await section(page, "Email").getByText("You sign in with").locator("span").textContent();
  expect(email).toMatch(new RegExp(`^${tag}-.+@e2e\\.local$`));
  return email!;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

async function expectSignInRefused(page: Page, email: string, password: string, message = "Email or password is incorrect.") {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(message, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
}

test("Settings opens on Account, the first of its sections", async ({ page }) => {
  await signIn(page, CREATOR_A.email, CREATOR_A.password);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account");
  const links = page.getByRole("navigation", { name: "Settings" }).getByRole("link");
  await expect(links).toHaveText(["Account", "API tokens", "Webhooks"]);
  await expect(links.first()).toHaveAttribute("aria-current", "page");
});

test("a creator changes their email: the new one signs in, the old one no longer does", async ({ page }) => {
  const old = await freshCreatorOnAccountPage(page, "account-email");
  const form = section(page, "Email");
  const email = form.getByLabel("New email");
  const current = form.getByLabel("Current password");
  const submit = form.getByRole("button", { name: "Change email" });

  await email.fill(old.toUpperCase());
  await current.fill(PASSWORD);
  await submit.click();
  await expect(email).toHaveAccessibleDescription("That is already your email.");
  await expect(email).toHaveAttribute("aria-invalid", "true");

  await email.fill(CREATOR_B.email);
  await current.fill(PASSWORD);
  await submit.click();
  await expect(form.getByRole("alert")).toHaveText("Another account already uses this email.");
  await expect(email).toHaveValue(CREATOR_B.email);

  await email.fill("not an email");
  await submit.click();
  await expect(email).toHaveAccessibleDescription("Enter a valid email address.");
  await expect(current).toHaveAccessibleDescription("Enter your current password.");

  const fresh = uniqueEmail("account-moved");
  await email.fill(`  ${fresh.toUpperCase()} `);
  await current.fill("not my password");
  await submit.click();
  await expect(current).toHaveAccessibleDescription(WRONG_PASSWORD);

  // Enter in the password field submits the form.
  await current.fill(PASSWORD);
  await current.press("Enter");
  await expect(form.getByRole("status")).toContainText(`Your email is now ${fresh}.`);
  await expect(form.getByText("You sign in with")).toHaveText(`You sign in with ${fresh}.`);
  await expect(email).toHaveValue("");
  // Still signed in, and every page shows the new email.
  await page.reload();
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByRole("banner").getByTitle(fresh).filter({ visible: true })).toHaveText(fresh);

  await signOut(page);
  await expectSignInRefused(page, old, PASSWORD);
  await signIn(page, fresh, PASSWORD);
});

test("a creator changes their password: each rule is said at its field, then only the new one signs in", async ({ page }) => {
  const email = await freshCreatorOnAccountPage(page, "account-password");
  const form = section(page, "Password");
  const current = form.getByLabel("Current password", { exact: true });
  const next = form.getByLabel("New password", { exact: true });
  const confirm = form.getByLabel("Confirm new password", { exact: true });
  const submit = form.getByRole("button", { name: "Change password" });
  const fill = async (a: string, b: string, c: string) => {
    await current.fill(a);
    await next.fill(b);
    await confirm.fill(c);
  };

  await fill("not my password", "a-brand-new-password", "a-brand-new-password");
  await submit.click();
  await expect(current).toHaveAccessibleDescription(WRONG_PASSWORD);
  await expect(form.getByRole("alert")).toHaveText(WRONG_PASSWORD);

  await fill(PASSWORD, "a-brand-new-password", "a-brand-new-passwort");
  await submit.click();
  await expect(confirm).toHaveAccessibleDescription("The two new passwords differ.");

  await fill(PASSWORD, "short", "short");
  await submit.click();
  await expect(next).toHaveAccessibleDescription(/Use at least 10 characters\./);

  await fill(PASSWORD, "aaaaabbbbbaaaaabbbbb", "aaaaabbbbbaaaaabbbbb");
  await submit.click();
  await expect(next).toHaveAccessibleDescription(/This password is too easy to guess: use more different characters\./);

  await fill(PASSWORD, PASSWORD, PASSWORD);
  await submit.click();
  await expect(next).toHaveAccessibleDescription(/Choose a password other than the current one\./);

  await fill(PASSWORD, "a-brand-new-password", "a-brand-new-password");
  await confirm.press("Enter");
  await expect(form.getByRole("status")).toHaveText("Password changed. You stay signed in here; use the new one next time you sign in.");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(current).toHaveValue("");
  await page.reload();
  await expect(page).toHaveURL(/\/settings\/account$/);

  await signOut(page);
  await expectSignInRefused(page, email, PASSWORD);
  await signIn(page, email, "a-brand-new-password");
});

test("ten wrong current passwords lock the account, here and at sign-in, and the page says so", async ({ page }) => {
  const email = await freshCreatorOnAccountPage(page, "account-lockout");
  const form = section(page, "Password");
  const current = form.getByLabel("Current password", { exact: true });
  const submit = async (password: string) => {
    await current.fill(password);
    await form.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await form.getByLabel("Confirm new password", { exact: true }).fill("a-brand-new-password");
    await form.getByRole("button", { name: "Change password" }).click();
    // The same answer as the try before: wait for this one, which ends with the form's reset.
    await expect(current).toHaveValue("");
  };
  for (let i = 1; i < 10; i++) {
    await submit(`wrong password ${i}`);
    await expect(current).toHaveAccessibleDescription(WRONG_PASSWORD);
  }
  const locked = /^Too many failed sign-ins\. Try again in 15 minutes\. Wrong current passwords here count as failed sign-ins, so account changes wait too\.$/;
  await submit("wrong password 10");
  await expect(form.getByRole("alert")).toHaveText(locked);
  // Locked: the right password is refused too, on this page and at sign-in.
  await submit(PASSWORD);
  await expect(form.getByRole("alert")).toHaveText(locked);
  await signOut(page);
  await expectSignInRefused(page, email, PASSWORD, "Too many failed sign-ins. Try again in 15 minutes.");
});

test("a creator deletes their account: signed out, told so, and the sign-in no longer works", async ({ page, context }) => {
  const email = await freshCreatorOnAccountPage(page, "account-delete");
  const form = section(page, "Danger zone");
  const confirmation = form.getByLabel("Type DELETE or your email to confirm");
  const current = form.getByLabel("Current password");
  const submit = form.getByRole("button", { name: "Delete my account and data" });

  await confirmation.fill("yes please");
  await current.fill(PASSWORD);
  await submit.click();
  await expect(confirmation).toHaveAccessibleDescription(`Type DELETE or your email (${email}) to confirm.`);
  await expect(confirmation).toHaveValue("yes please");

  await confirmation.fill("DELETE");
  await current.fill("not my password");
  await submit.click();
  await expect(current).toHaveAccessibleDescription(WRONG_PASSWORD);
  await expect(page).toHaveURL(/\/settings\/account$/);

  await confirmation.fill(email);
  await current.fill(PASSWORD);
  await current.press("Enter");
  await expect(page).toHaveURL(/\/signin\?deleted=1$/);
  await expect(page.getByRole("status")).toHaveText("Your account and all its data were deleted.");
  expect((await context.cookies()).map((c) => c.name)).not.toContain("next-auth.session-token");

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
  await expectSignInRefused(page, email, PASSWORD);
});

test("the only admin cannot delete their account, and is told why", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/settings/account");
  const form = section(page, "Danger zone");
  await expect(form).toContainText("You are the only admin, so this account cannot be deleted");
  await expect(form.getByRole("button", { name: "Delete my account and data" })).toHaveCount(0);
  await expect(section(page, "Password").getByRole("button", { name: "Change password" })).toBeVisible();
});
