import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "./post-webhook";

let server: Server;
let port = 0;
let received = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    received += 1;
    request.resume();
    request.on("end", () => response.writeHead(200).end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const post = (host: string, allowPrivateNetworks: boolean) =>
  postWebhook({
    url: `http://${host}:${port}/hooks`,
    secret: "whsec_test",
    body: JSON.stringify({ type: "points.earned" }),
    eventType: "points.earned",
    deliveryId: "d1",
    at: new Date(),
    allowPrivateNetworks,
  });

describe("postWebhook and private networks", () => {
  it("refuses a private address written in the URL and sends nothing", async () => {
    const before = received;
    const outcome = await post("127.0.0.1", false);
    expect(outcome).toMatchObject({
      status: null,
      error: expect.stringMatching(/^Refused: 127\.0\.0\.1/),
    });
    expect(received).toBe(before);
  });

  it("refuses a host name that resolves to a local address", async () => {
    const before = received;
    const outcome = await post("localhost", false);
    expect(outcome.error).toMatch(/^Refused: localhost resolves to a private or local address/);
    expect(received).toBe(before);
  });

  it("delivers to a local receiver when private networks are allowed", async () => {
    const before = received;
    const outcome = await post("127.0.0.1", true);
    expect(outcome).toMatchObject({ status: 200, error: null, responseBody: "ok" });
    expect(received).toBe(before + 1);
  });
});
