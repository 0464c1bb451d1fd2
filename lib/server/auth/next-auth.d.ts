import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: number; role: "CREATOR" | "ADMIN"; email?: string | null; name?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: "CREATOR" | "ADMIN";
  }
}
