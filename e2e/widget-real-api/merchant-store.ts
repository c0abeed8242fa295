import { type APIRequestContext, expect } from "@playwright/test";
import { SignJWT } from "jose";
import { KopilkaClient } from "../../sdk/node/kopilka-client";
import { readTrpcData, signUpMerchant, trpcMutation } from "../fixtures";

/** 1 point per 100 RUB, points pay up to half an order. */
const program = {
  type: "bonus",
  bonus: {
    earn: { kind: "perAmount", points: 1, perAmount: 10_000 },
    redemption: { payment: { maxShareBp: 5000 } },
  },
};

async function mutate<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const response = await trpcMutation(request, path, input);
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return readTrpcData<T>(response);
}

/**
 * What a merchant does in the admin before going live, through the app's own endpoints: sign up,
 * publish a program, create keys, allow the store's origin, reveal the token secret.
 */
export async function setUpMerchantStore(
  request: APIRequestContext,
  { appOrigin, storeOrigin }: { appOrigin: string; storeOrigin: string },
) {
  const { merchantId } = await signUpMerchant(request);
  const { programId } = await mutate<{ programId: string }>(request, "programs.create", {
    name: "Bonus",
    config: program,
  });
  await mutate(request, "programs.publish", { programId });
  const publishable = await mutate<{ key: string }>(request, "integration.keys.create", {
    kind: "publishable",
    name: "Store pages",
  });
  const secret = await mutate<{ key: string }>(request, "integration.keys.create", {
    kind: "secret",
    name: "Store backend",
  });
  await mutate(request, "integration.settings.update", {
    allowedOrigins: [storeOrigin],
    joinUrl: `${storeOrigin}/join`,
  });
  const { secret: tokenSecret } = await mutate<{ secret: string }>(
    request,
    "integration.tokenSecret.reveal",
  );
  const kopilka = new KopilkaClient({ baseUrl: appOrigin, secretKey: secret.key });
  const signShopperToken = (customerId: string) =>
    new SignJWT({ merchant: merchantId, name: "Anna Test" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(customerId)
      .setIssuedAt()
      .setExpirationTime("15m")
      .sign(new TextEncoder().encode(tokenSecret));
  return { merchantId, publishableKey: publishable.key, kopilka, signShopperToken };
}

export type MerchantStore = Awaited<ReturnType<typeof setUpMerchantStore>>;
