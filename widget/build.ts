import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { bundleWidget } from "./bundle";

const output = fileURLToPath(new URL("../public/widget.js", import.meta.url));

const code = await bundleWidget();
// An unchanged bundle keeps its mtime, so `npm start` does not see a stale Next build.
const isSame = existsSync(output) && readFileSync(output).equals(code);
if (!isSame) {
  mkdirSync(fileURLToPath(new URL("../public", import.meta.url)), { recursive: true });
  writeFileSync(output, code);
}
console.log(
  `widget: public/widget.js ${code.byteLength} bytes, ${gzipSync(code).byteLength} gzip${isSame ? " (unchanged)" : ""}`,
);
