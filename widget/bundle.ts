import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The gzip budget of public/widget.js; checked by bundle-size.test.ts. */
export const GZIP_BUDGET_BYTES = 10 * 1024;

/** Bundles widget/src into the minified script stores embed, in memory. */
export async function bundleWidget(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("src/index.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    legalComments: "none",
    write: false,
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild produced no widget bundle");
  return file.contents;
}
