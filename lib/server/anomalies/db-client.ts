import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** The client or a transaction: detection reads either. */
export type Db = PrismaClient | Prisma.TransactionClient;
