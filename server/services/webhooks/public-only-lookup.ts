import dns, { type LookupAddress, type LookupOptions } from "node:dns";
import { isPublicAddress } from "./public-address";

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * dns.lookup for outgoing webhooks: a host that resolves to any private, loopback or
 * link-local address is refused (code EPRIVATEADDRESS), so a store cannot aim our servers at
 * an internal service or the cloud metadata endpoint.
 */
export function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || addresses.length === 0) {
      const failure: NodeJS.ErrnoException = new Error(
        `Refused: ${hostname} resolves to a private or local address (${refused?.address ?? "none"})`,
      );
      failure.code = "EPRIVATEADDRESS";
      return callback(failure, []);
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses as [LookupAddress];
    callback(null, first.address, first.family);
  });
}
