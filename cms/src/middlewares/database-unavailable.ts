import type { EventEmitter } from 'node:events';
import type { Core } from '@strapi/strapi';

/**
 * While the database is unreachable (a restart, a failover) Strapi's answers mislead:
 * a write fails as "500 Internal Server Error", or as "400 This locale doesn't exist"
 * because the i18n check could not read the locales. An editor would retry the wrong
 * thing, or not at all. So an error answer is checked against the database, once it
 * is an error (successful requests cost nothing): if the database failed to connect or
 * dropped a connection while the request ran, or does not answer now, the request gets
 * a 503 that says so, with Retry-After. (The probe alone is not enough: the server can be
 * back by the time it runs, and the misleading answer would pass.)
 */
const PROBE_TIMEOUT_MS = 2_000;

// "May not": a write cut off mid-way (the entry stored, a later step such as the revision not) cannot be told apart from one never made.
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable: this change may not have been saved. Reload in a moment and check before trying again.';

/** PostgreSQL's "terminating connection" / "cannot connect now" codes and the socket errors of a server gone. */
const CONNECTION_ERROR = /^(57P0[123]|08\d\d\d|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/;
const CONNECTION_MESSAGE = /Connection terminated|connect ECONNREFUSED|server closed the connection|Client has encountered a connection error/i;

let lastConnectionFailureAt = 0;
let watching = false;

function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && CONNECTION_ERROR.test(code)) || (typeof message === 'string' && CONNECTION_MESSAGE.test(message));
}

/** Notes when the database last refused a connection or dropped one (knex's pool and query events). */
function watchConnections(strapi: Core.Strapi): void {
  if (watching) return;
  watching = true;
  const knex = strapi.db.connection;
  const note = (error: unknown) => {
    if (isConnectionError(error)) lastConnectionFailureAt = Date.now();
  };
  knex.on('query-error', note);
  const pool = (knex.client as { pool?: EventEmitter }).pool;
  pool?.on('createFail', (_eventId: unknown, error: unknown) => note(error));
}

let guarding = false;

/**
 * Keeps the CMS up when the database drops its connections mid-query. Some of Strapi's
 * own queries run on a promise nobody awaits once the request has failed (seen when
 * PostgreSQL restarts under writes: a `select ... from news_items where id = ?` rejected
 * after its request had already been answered 503), and Node ends the process on an
 * unhandled rejection. A lost connection is logged and the pool reconnects; any other
 * unhandled rejection still ends the process, as Node would.
 */
export function survivePoolConnectionLoss(strapi: Core.Strapi, processEvents: NodeJS.Process = process): void {
  if (guarding) return;
  guarding = true;
  processEvents.on('unhandledRejection', (reason) => {
    if (!isConnectionError(reason)) throw reason;
    lastConnectionFailureAt = Date.now();
    strapi.log.warn(`A database query failed with the connection lost, after its request was answered: ${(reason as Error).message}`);
  });
}

async function databaseAnswers(strapi: Core.Strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
  const probe = strapi.db.connection.raw('select 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const databaseUnavailable: Core.MiddlewareFactory = (_config, { strapi }) => async (ctx, next) => {
  watchConnections(strapi);
  const startedAt = Date.now();
  await next();
  // 401/403/404/413/429 are decided without the database being at fault; look at the rest.
  if (ctx.status < 400 || [401, 403, 404, 405, 413, 429].includes(ctx.status)) return;
  if (lastConnectionFailureAt < startedAt && (await databaseAnswers(strapi))) return;
  ctx.status = 503;
  ctx.set('Retry-After', '5');
  ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: DATABASE_UNAVAILABLE_MESSAGE, details: {} } };
};

export default databaseUnavailable;
