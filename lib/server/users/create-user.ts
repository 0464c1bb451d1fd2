import { hashPassword } from "../auth/password";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists.");
    this.name = "EmailTakenError";
  }
}

export type NewUser = { email: string; password: string; name?: string; role?: "CREATOR" | "ADMIN" };

/** Creates a user with a hashed password; the email must already be validated and normalized. */
export async function createUser(input: NewUser) {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: { email: input.email, name: input.name ?? null, passwordHash, role: input.role ?? "CREATOR" },
      select: { id: true, email: true, role: true },
    });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}
