import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { bundleWidget, GZIP_BUDGET_BYTES } from "@/widget/bundle";

/** `npm run bench:widget`: the size stores download, against the gzip budget. */
const code = await bundleWidget();
const raw = code.byteLength;
const gzip = gzipSync(code).byteLength;

console.table([
  { file: "widget.js", raw_bytes: raw, gzip_bytes: gzip, budget_gzip_bytes: GZIP_BUDGET_BYTES },
]);
const output = new URL("results/widget.json", import.meta.url);
mkdirSync(new URL("results", import.meta.url), { recursive: true });
const result = { date: new Date().toISOString(), node: process.version, raw, gzip };
writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
console.log(`bench:widget raw_bytes=${raw} gzip_bytes=${gzip}`);
