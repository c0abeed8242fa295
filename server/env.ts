import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default(".data"),
  PORT: z.coerce.number().int().positive().default(3000),
  APP_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  JOB_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  WEBHOOK_POLL_SECONDS: z.coerce.number().int().min(0).default(5),
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.enum(["true", "false"]).optional(),
  ANALYTICS_REFRESH_MINUTES: z.coerce.number().int().min(0).default(5),
  WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  WIDGET_REQUESTS_PER_KEY_PER_MINUTE: z.coerce.number().int().positive().default(6000),
  WIDGET_REQUESTS_PER_SHOPPER_PER_MINUTE: z.coerce.number().int().positive().default(120),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "Use smtp://user:pass@host:587 or smtps://…:465" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("Kopilka <no-reply@kopilka.local>"),
  TEST_DATABASE_URL: z.url().optional(),
});

export type Env = Omit<z.infer<typeof EnvSchema>, "WEBHOOK_ALLOW_PRIVATE_NETWORKS"> & {
  AUTH_SECRET: string;
  APP_URL: string;
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: boolean;
};

function loadEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  return {
    ...env,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateLocalSecret(env.DATA_DIR),
    // A developer's receiver usually runs on localhost; a production server must not reach it.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS:
      (env.WEBHOOK_ALLOW_PRIVATE_NETWORKS ?? String(env.NODE_ENV !== "production")) === "true",
  };
}

// A newcomer needs no configuration: a random secret is kept beside the embedded database.
function readOrCreateLocalSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const env = loadEnv();
