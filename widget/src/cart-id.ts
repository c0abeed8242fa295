/** 128 random bits as hex; getRandomValues, unlike randomUUID, also works on plain-http stores. */
export function createCartId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
