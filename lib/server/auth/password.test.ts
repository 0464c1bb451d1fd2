import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

const PASSWORD = "correct horse battery staple";
let stored = "";
let salt = "";
let key = "";

beforeAll(async () => {
  stored = await hashPassword(PASSWORD);
  [, , , , salt = "", key = ""] = stored.split("$");
});

describe("hashPassword / verifyPassword", () => {
  it("stores scrypt$N$r$p$salt$key with N=32768, r=8, p=1, a 16-byte salt and a 32-byte key", () => {
    expect(stored.startsWith("scrypt$32768$8$1$")).toBe(true);
    expect(stored.split("$")).toHaveLength(6);
    expect(Buffer.from(salt, "base64")).toHaveLength(16);
    expect(Buffer.from(key, "base64")).toHaveLength(32);
  });

  it("verifies the password it hashed", async () => {
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
  });

  it.each([
    { name: "different password", password: "correct horse battery stapler" },
    { name: "different case", password: PASSWORD.toUpperCase() },
    { name: "trailing space", password: `${PASSWORD} ` },
    { name: "empty", password: "" },
  ])("rejects a wrong password: $name", async ({ password }) => {
    expect(await verifyPassword(password, stored)).toBe(false);
  });

  it("salts: two hashes of the same password differ and both verify", async () => {
    const again = await hashPassword(PASSWORD);
    expect(again).not.toBe(stored);
    expect(again.split("$")[4]).not.toBe(salt);
    expect(await verifyPassword(PASSWORD, again)).toBe(true);
  });

  it("normalizes Unicode (NFKC): composed and decomposed spellings match", async () => {
    const hashed = await hashPassword("caf\u00e9-password");
    expect(await verifyPassword("cafe\u0301-password", hashed)).toBe(true);
  });

  it.each([
    { name: "empty string", value: () => "" },
    { name: "no separators", value: () => "not a hash" },
    { name: "other scheme", value: () => stored.replace(/^scrypt/, "bcrypt") },
    { name: "missing key", value: () => `scrypt$32768$8$1$${salt}` },
    { name: "empty salt", value: () => `scrypt$32768$8$1$$${key}` },
    { name: "empty N", value: () => `scrypt$$8$1$${salt}$${key}` },
    { name: "key of another length", value: () => `scrypt$32768$8$1$${salt}$${Buffer.alloc(16).toString("base64")}` },
    { name: "garbage base64", value: () => "scrypt$32768$8$1$!!!$???" },
  ])("returns false for a malformed stored string: $name", async ({ value }) => {
    await expect(verifyPassword(PASSWORD, value())).resolves.toBe(false);
  });

  // A stored string with parameters we never write is refused (false), not handed to scrypt (which would throw).
  it.each([
    { name: "non-numeric N", value: () => `scrypt$abc$8$1$${salt}$${key}` },
    { name: "negative N", value: () => `scrypt$-1$8$1$${salt}$${key}` },
    { name: "N not a power of two", value: () => `scrypt$3$8$1$${salt}$${key}` },
    { name: "N over the memory limit", value: () => `scrypt$1048576$8$1$${salt}$${key}` },
  ])("returns false instead of throwing for bad parameters: $name", async ({ value }) => {
    await expect(verifyPassword(PASSWORD, value())).resolves.toBe(false);
  });
});
