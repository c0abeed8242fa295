/** Runs `clients` copies of `loop` at once and waits for all (errors propagate). */
export async function runConcurrently(clients: number, loop: (client: number) => Promise<void>) {
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
}
