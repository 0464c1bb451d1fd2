import { verifyPassword } from "../auth/password";
import { db } from "../db";

/** The user for an email and password, or null; the same answer for an unknown email and a wrong password. */
export async function verifyCredentials(email: string, password: string) {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  if (!user) {
    // Spend the same time as a real check so response time does not reveal which emails exist.
    await verifyPassword(password, DUMMY_HASH);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
