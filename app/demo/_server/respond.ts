import "server-only";
import { ZodError } from "zod";
import { DemoStoreNotReady } from "./demo-store";

export function demoError(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}

/** The shop's handlers answer bad input with 400 and a missing setup with 503, never a bare 500. */
export async function handleDemo(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ZodError) return demoError(400, error.issues[0]?.message ?? "Bad input");
    if (error instanceof DemoStoreNotReady) return demoError(503, error.message);
    throw error;
  }
}
