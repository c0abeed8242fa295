import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "@/server/env";

const sourceDirs = ["app", "components", "server", "db", "widget", "public"];
const buildId = ".next/BUILD_ID";

/** `npm start`: build when the build is missing or older than the sources, then serve. */
function isBuildStale(): boolean {
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (dir: string): boolean =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(file) : statSync(file).mtimeMs > builtAt;
    });
  const newerFile = (file: string) => existsSync(file) && statSync(file).mtimeMs > builtAt;
  return sourceDirs.some(newer) || ["package.json", "next.config.ts"].some(newerFile);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (isBuildStale()) run("npm", ["run", "build"]);
run("npx", ["next", "start", "--port", String(env.PORT)]);
