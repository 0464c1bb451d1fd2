/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time rather than bundled: the queue (pg-boss, which reads its own SQL plans and
  // cron helpers) and the WebAssembly schema engine.
  serverExternalPackages: ["pg-boss", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
