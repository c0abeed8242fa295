import { z } from "zod";
import type { Auth } from "@/server/auth/auth";
import { minPasswordLength } from "@/server/auth/auth";
import { Conflict, InvalidInput } from "@/server/errors";
import { emailField } from "@/server/validation/email-field";
import { isAuthApiError } from "./auth-api-error";
import { defaultLocaleFor, MerchantSettingsInput } from "./merchant-settings-input";
import { slugify } from "./slugify";

export const SignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100),
  email: emailField(),
  password: z
    .string()
    .min(minPasswordLength, `Use at least ${minPasswordLength} characters`)
    .max(128)
    .refine((p) => /[a-zA-Zа-яА-Я]/.test(p) && /\d/.test(p), "Use letters and digits"),
  store: MerchantSettingsInput,
});
export type SignUpInput = z.infer<typeof SignUpInput>;

/** Creates the owner and their first store; returns the session cookie headers. */
export async function signUpMerchant({ auth, input }: { auth: Auth; input: SignUpInput }) {
  let signUp: Awaited<ReturnType<typeof signUpOwner>>;
  try {
    signUp = await signUpOwner(auth, input);
  } catch (error) {
    if (isAuthApiError(error) && error.status === "UNPROCESSABLE_ENTITY") {
      throw new Conflict("An account with this email already exists. Sign in instead.", {
        email: ["This email is already registered"],
      });
    }
    if (isAuthApiError(error) && error.status === "BAD_REQUEST") {
      throw new InvalidInput(error.message);
    }
    throw error;
  }
  const merchant = await auth.api.createOrganization({
    body: {
      name: input.store.name,
      slug: slugify(input.store.name),
      userId: signUp.response.user.id,
      currency: input.store.currency,
      timezone: input.store.timezone,
      locale: input.store.locale ?? defaultLocaleFor(input.store.currency),
    },
  });
  if (!merchant) throw new Error("Store was not created");
  await auth.api.setActiveOrganization({
    body: { organizationId: merchant.id },
    headers: cookieRequestHeaders(signUp.headers),
  });
  return { userId: signUp.response.user.id, merchantId: merchant.id, headers: signUp.headers };
}

function signUpOwner(auth: Auth, input: SignUpInput) {
  return auth.api.signUpEmail({
    body: { name: input.name, email: input.email, password: input.password },
    returnHeaders: true,
  });
}

function cookieRequestHeaders(responseHeaders: Headers): Headers {
  const cookies = responseHeaders
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie: cookies });
}
