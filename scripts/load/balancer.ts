import net from "node:net";

/**
 * A round-robin TCP balancer in front of several web instances, the smallest stand-in for the load balancer of a
 * real deployment: each client connection is piped to the next instance (keep-alive connections stay on theirs).
 */
export function startBalancer(port: number, backends: number[]): Promise<net.Server> {
  let next = 0;
  const server = net.createServer((client) => {
    const backend = net.connect(backends[next++ % backends.length]!, "127.0.0.1");
    client.pipe(backend).pipe(client);
    const close = () => (client.destroy(), backend.destroy());
    client.on("error", close);
    backend.on("error", close);
    client.on("close", close);
    backend.on("close", close);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
