import { getAuth } from "@/server/auth/get-auth";
import { env } from "@/server/env";
import { getDatabase } from "./client";
import { demoOwner } from "./seed/demo-owner";
import { seedDemo } from "./seed/seed-demo";

/** Opens (and so migrates) the database; seeds the demo store on first start. */
export async function prepareDatabase() {
  const database = await getDatabase();
  if (env.SEED_DEMO === "false") return;
  const started = Date.now();
  console.log(`Kopilka: ${database.kind} database ready; checking the demo store…`);
  const { created } = await seedDemo({
    db: database.db,
    auth: await getAuth(),
    dataDir: env.DATA_DIR,
    appUrl: env.APP_URL,
  });
  if (created) {
    console.log(
      `Kopilka: demo store seeded in ${Date.now() - started} ms. Sign in at ${env.APP_URL}/sign-in ` +
        `as ${demoOwner.email} / ${demoOwner.password}`,
    );
  }
}
