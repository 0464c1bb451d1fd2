/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly at run time: keep it (and its Prisma adapter) out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
