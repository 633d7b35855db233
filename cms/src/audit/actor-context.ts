import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { actorFromRequest, type Actor } from '../api/audit-entry/services/audit-entry';

/**
 * Who is acting when there is no admin request behind a write (the scheduler).
 * Revisions and audit entries written inside `runAsActor` name that actor.
 */
const actorStorage = new AsyncLocalStorage<Actor>();

export function runAsActor<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
  return actorStorage.run(actor, work);
}

/** The scheduler (or another background actor), else the admin of the request, else 'system'. */
export function currentActor(strapi: Core.Strapi): Actor {
  return actorStorage.getStore() ?? actorFromRequest(strapi) ?? { kind: 'system' };
}
