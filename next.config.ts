import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time; pg-boss and
  // its `pg` driver stay plain Node requires too.
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
