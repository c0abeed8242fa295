/** Printed in the README and the console on first start. */
export const demoOwner = {
  name: "Demo Owner",
  email: "owner@demo.kopilka.dev",
  password: "kopilka-demo-1",
} as const;

export const demoStore = {
  name: "Demo store",
  slug: "demo-store",
  currency: "RUB",
  timezone: "Europe/Moscow",
  locale: "ru",
} as const;
