const LOCKOUT = /^Too many failed sign-ins\. Try again in \d{1,4} (minute|minutes|hours)\.$/;

/**
 * Whether an error the sign-in form got back is describeSignInLockout's sentence. The form shows only that one as it
 * came: any other error text (next-auth passes a thrown error's message through) gets the usual generic answer.
 */
export function isSignInLockoutMessage(text: string | null | undefined): text is string {
  return typeof text === "string" && LOCKOUT.test(text);
}
