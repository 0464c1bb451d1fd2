/** Longer than any email the sign-up form accepts (254); a longer typed value is cut, which only merges throttling. */
const MAX_EMAIL_LENGTH = 320;

/**
 * The email as accounts are looked up (trimmed, lower-case) and the rate_limit_buckets keys of an attempt's two
 * scopes. The account key is made for any email, known or not, so both throttle and answer alike.
 */
export function signInKeys(email: string, address: string) {
  const normalized = email.trim().toLowerCase();
  return {
    email: normalized,
    account: `signin:account:${normalized.slice(0, MAX_EMAIL_LENGTH)}`,
    address: `signin:address:${address}`,
  };
}
