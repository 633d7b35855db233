import net from 'node:net';

/** The Redis the tests use: the machine's, unless BLMK_TEST_REDIS_URL names another. */
export const TEST_REDIS_URL = process.env.BLMK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Answers PING within a second. */
export function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * The Redis URL for tests of what is shared across processes (page cache, rate limits),
 * or null when none answers: those tests are then skipped, loudly. CI sets
 * BLMK_REQUIRE_REDIS=1, so there a missing Redis fails the run instead (as PostgreSQL).
 */
export async function testRedisUrl(): Promise<string | null> {
  if (await redisAnswers(TEST_REDIS_URL)) return TEST_REDIS_URL;
  if (process.env.BLMK_REQUIRE_REDIS === '1') {
    throw new Error(`Redis is required (BLMK_REQUIRE_REDIS=1) but ${TEST_REDIS_URL} does not answer.`);
  }
  console.warn(`Redis at ${TEST_REDIS_URL} does not answer: the tests that need it are SKIPPED.`);
  return null;
}
