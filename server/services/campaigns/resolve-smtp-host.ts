import { isIP } from "node:net";
import { publicOnlyLookup } from "../webhooks/public-only-lookup";

export type SmtpTarget = { host: string; servername?: string };

/**
 * Where to connect for a store's SMTP host. Unless private networks are allowed, the host must
 * resolve only to public addresses (as a webhook URL must), and the connection goes to the
 * address checked here, so a second lookup cannot lead elsewhere; TLS still verifies the name.
 */
export async function resolveSmtpHost(
  host: string,
  allowPrivateNetworks: boolean,
): Promise<SmtpTarget> {
  if (allowPrivateNetworks) return { host };
  const address = await new Promise<string>((resolve, reject) => {
    publicOnlyLookup(host, {}, (error, found) => (error ? reject(error) : resolve(String(found))));
  });
  return isIP(host) ? { host: address } : { host: address, servername: host };
}
