/** The benchmark's baseline: what a route handler costs with no work in it (bench/api.ts). */
export function GET() {
  return Response.json({});
}

export const POST = GET;
