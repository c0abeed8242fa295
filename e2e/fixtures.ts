import { randomUUID } from "node:crypto";
import {
  type APIRequestContext,
  type Browser,
  test as base,
  expect,
  type Page,
} from "@playwright/test";

export const password = "kopilka-e2e-42";

export const demoCredentials = {
  email: "owner@demo.kopilka.dev",
  password: "kopilka-demo-1",
  storeName: "Demo store",
} as const;

export type Merchant = {
  name: string;
  email: string;
  password: string;
  storeName: string;
  merchantId: string;
};

export function uniqueId() {
  return randomUUID().slice(0, 8);
}

/** POSTs one tRPC mutation the way the app's client does (superjson body, no batching). */
export function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  return request.post(`/api/trpc/${path}`, { data: { json: input } });
}

export async function readTrpcData<T>(response: { json(): Promise<unknown> }): Promise<T> {
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

/** A new owner with their own store; the request context keeps the session cookie. */
export async function signUpMerchant(
  request: APIRequestContext,
  storeName = `Лавка ${uniqueId()}`,
): Promise<Merchant> {
  const owner = { name: "E2E Owner", email: `owner-${uniqueId()}@e2e.kopilka.dev`, password };
  const response = await trpcMutation(request, "account.signUp", {
    ...owner,
    store: { name: storeName, currency: "RUB", timezone: "Europe/Moscow" },
  });
  expect(response.status()).toBe(200);
  const { merchantId } = await readTrpcData<{ merchantId: string }>(response);
  return { ...owner, storeName, merchantId };
}

/** better-auth checks Origin on cookie-bearing POSTs, as a browser would send it. */
export function authPost(request: APIRequestContext, baseURL: string, path: string, data: object) {
  return request.post(`/api/auth/${path}`, { data, headers: { origin: baseURL } });
}

/** Invites a new person through the owner's session; they sign up (no store) and accept. */
export async function joinAsTeammate({
  browser,
  baseURL,
  owner,
  role,
}: {
  browser: Browser;
  baseURL: string;
  owner: APIRequestContext;
  role: "manager" | "analyst";
}): Promise<{ page: Page; email: string }> {
  const email = `${role}-${uniqueId()}@e2e.kopilka.dev`;
  const invite = await trpcMutation(owner, "team.invite", { email, role });
  expect(invite.status()).toBe(200);
  const { id } = await readTrpcData<{ id: string }>(invite);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const signUp = await authPost(page.request, baseURL, "sign-up/email", {
    name: "E2E Teammate",
    email,
    password,
  });
  expect(signUp.status()).toBe(200);
  const accept = await authPost(page.request, baseURL, "organization/accept-invitation", {
    invitationId: id,
  });
  expect(accept.status()).toBe(200);
  return { page, email };
}

type Fixtures = {
  /** A freshly signed-up owner with their own store; the page is signed in as them. */
  merchant: Merchant;
  /** Signs the page in through the API and keeps the session cookie for the browser. */
  apiLogin: (email: string, password: string) => Promise<void>;
  demo: typeof demoCredentials;
};

export const test = base.extend<Fixtures>({
  demo: [demoCredentials, { option: true }],
  merchant: async ({ page }, use) => {
    await use(await signUpMerchant(page.request));
  },
  apiLogin: async ({ page, baseURL }, use) => {
    await use(async (email, secret) => {
      const response = await authPost(page.request, baseURL ?? "", "sign-in/email", {
        email,
        password: secret,
      });
      expect(response.status()).toBe(200);
    });
  },
});

export { expect };

/** GETs one tRPC query the way the app's client does. */
export function trpcQuery(request: APIRequestContext, path: string, input: unknown) {
  return request.get(
    `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  );
}

type ImportRow = { row: number; data: Record<string, string> };

/** Imports members the way the import page does and waits for the job to finish the import. */
export async function importMembers(request: APIRequestContext, rows: ImportRow[]) {
  const opened = await trpcMutation(request, "memberImports.create", {
    batchKey: `e2e-${randomUUID()}`,
    fileName: "members.csv",
    total: rows.length,
  });
  expect(opened.status()).toBe(200);
  const { id: importId } = await readTrpcData<{ id: string }>(opened);
  expect((await trpcMutation(request, "memberImports.addRows", { importId, rows })).status()).toBe(
    200,
  );
  expect((await trpcMutation(request, "memberImports.start", { importId })).status()).toBe(200);
  const statusOf = async () =>
    (
      await readTrpcData<{ status: string }>(
        await trpcQuery(request, "memberImports.get", { importId }),
      )
    ).status;
  await expect.poll(statusOf, { timeout: 30_000 }).toBe("done");
}
