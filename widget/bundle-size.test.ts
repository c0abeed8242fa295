import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleWidget, GZIP_BUDGET_BYTES } from "./bundle";

describe("widget bundle", () => {
  it(`stays within ${GZIP_BUDGET_BYTES} bytes gzip`, async () => {
    const code = await bundleWidget();
    expect(gzipSync(code).byteLength).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });
});
