import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { authSecretProblem, portProblem, webProcessCount } from "./check-environment";

describe("authSecretProblem", () => {
  it.each([
    [{}, /NEXTAUTH_SECRET is not set/],
    [{ NEXTAUTH_SECRET: "" }, /NEXTAUTH_SECRET is not set/],
    [{ NEXTAUTH_SECRET: "short" }, /5 characters long/],
    [{ NEXTAUTH_SECRET: "a-long-enough-secret" }, null],
    [{ AUTH_SECRET: "a-long-enough-secret" }, null],
  ] as const)("%o → %s", (env, expected) => {
    const problem = authSecretProblem(env as NodeJS.ProcessEnv);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe("portProblem", () => {
  const servers: net.Server[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  it.each(["abc", "0", "70000", "3000x", ""])("refuses PORT=%j in one line", async (value) => {
    expect(await portProblem(value)).toMatch(/^PORT must be a number from 1 to 65535/);
  });

  it("names a port another server holds, and passes a free one", async () => {
    const server = net.createServer();
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, r));
    const port = (server.address() as net.AddressInfo).port;
    expect(await portProblem(String(port))).toMatch(new RegExp(`^port ${port} is already in use`));
    server.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(await portProblem(String(port))).toBeNull();
  });
});

describe("webProcessCount", () => {
  it.each([
    [{}, 2, 2],
    [{}, 1, 1],
    [{}, 16, 4],
    [{ FOLLOWLENS_WEB_PROCESSES: "" }, 8, 4],
    [{ FOLLOWLENS_WEB_PROCESSES: "1" }, 8, 1],
    [{ FOLLOWLENS_WEB_PROCESSES: " 6 " }, 2, 6],
    [{ FOLLOWLENS_WEB_PROCESSES: "0" }, 2, /whole number from 1 to 64, not "0"/],
    [{ FOLLOWLENS_WEB_PROCESSES: "65" }, 2, /not "65"/],
    [{ FOLLOWLENS_WEB_PROCESSES: "2.5" }, 2, /not "2.5"/],
    [{ FOLLOWLENS_WEB_PROCESSES: "all" }, 2, /not "all"/],
  ] as const)("%o on %i cores → %s", (env, cores, expected) => {
    const result = webProcessCount(env as NodeJS.ProcessEnv, cores);
    if (typeof expected === "number") expect(result).toBe(expected);
    else expect(result).toMatch(expected);
  });
});
