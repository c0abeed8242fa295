import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run screenshots` refreshes the pictures in docs/screenshots; it asserts nothing new.
export default defineConfig({ ...base, testMatch: "**/*.capture.ts", reporter: [["list"]] });
