import { InvalidInput, PayloadTooLarge } from "@/server/errors";

export const maxBodyBytes = 256 * 1024;

/** Reads at most maxBodyBytes, whatever Content-Length claims, and parses JSON. */
export async function readJsonBody(request: Request, limit = maxBodyBytes): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new PayloadTooLarge(`The body is larger than ${limit} bytes`);
  const reader = request.body?.getReader();
  if (!reader) return {};
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new PayloadTooLarge(`The body is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidInput("The body is not valid JSON");
  }
}
