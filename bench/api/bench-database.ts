import postgres from "postgres";

/** A fresh database on the bench server, named by the time, and a way to drop it after. */
export async function createBenchDatabase(baseUrl: string) {
  const name = `kopilka_bench_api_${Date.now()}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  const [{ version } = { version: "unknown" }] = await admin<{ version: string }[]>`
    select current_setting('server_version') as version`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    postgresVersion: version,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
