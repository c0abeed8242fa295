import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sources = ["app", "components", "server", "db", "widget", "public"];

/** `npm run build` unless .next holds a build newer than every source file. */
export function buildIfNeeded(root: string) {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (existsSync(buildId) && !isNewerThan(root, statSync(buildId).mtimeMs)) return;
  console.log("bench:api: building the app (npm run build)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed");
}

function isNewerThan(root: string, time: number): boolean {
  const newer = (dir: string): boolean =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(file) : statSync(file).mtimeMs > time;
    });
  return sources.some((dir) => newer(path.join(root, dir)));
}
