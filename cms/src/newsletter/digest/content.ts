import type { Core } from '@strapi/strapi';
import type { Event, Vacancy } from '@blmk/shared-types';
import { populateOf } from '../../utils/populate';
import { londonDay } from '../render/dates';
import type { DigestItems } from '../sends';

/** What a digest lists, chosen when it starts (digest.ts) and loaded per language when mailed. */

export const VACANCY = 'api::vacancy.vacancy';
export const EVENT = 'api::event.event';
type DigestType = typeof VACANCY | typeof EVENT;

export interface DigestWindow {
  /** Vacancies published after this (the previous digest's end) ... */
  periodStart: Date;
  /** ... and up to this (the digest's start). */
  periodEnd: Date;
  eventWeeks: number;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The UK days "upcoming events" covers: today and the next `eventWeeks` weeks. */
export function eventDays(periodEnd: Date, eventWeeks: number): { from: string; to: string } {
  const from = londonDay(periodEnd);
  return { from, to: addDays(from, eventWeeks * 7) };
}

/**
 * Vacancies published (in any language) in the window and still open, that no earlier
 * digest listed: republishing an edited vacancy does not make it new again.
 */
async function newVacancies(strapi: Core.Strapi, window: DigestWindow, listedBefore: Set<string>): Promise<string[]> {
  const today = londonDay(window.periodEnd);
  const rows: Array<{ documentId: string }> = await strapi.db.query(VACANCY).findMany({
    where: {
      publishedAt: { $gt: window.periodStart, $lte: window.periodEnd },
      $or: [{ closingDate: { $null: true } }, { closingDate: { $gte: today } }],
    },
    select: ['documentId'],
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
  });
  return [...new Set(rows.map((row) => row.documentId))].filter((id) => !listedBefore.has(id));
}

/** Published events with a session in the coming weeks, soonest first. */
async function upcomingEvents(strapi: Core.Strapi, window: DigestWindow): Promise<string[]> {
  const { from, to } = eventDays(window.periodEnd, window.eventWeeks);
  const rows: Array<{ documentId: string; sessions?: Array<{ date: string }> }> = await strapi.db.query(EVENT).findMany({
    where: { publishedAt: { $notNull: true }, sessions: { date: { $gte: from, $lte: to } } },
    select: ['documentId'],
    populate: { sessions: { select: ['date'] } },
  });
  const soonest = new Map<string, string>();
  for (const row of rows) {
    const first = (row.sessions ?? []).map((session) => String(session.date).slice(0, 10)).filter((day) => day >= from && day <= to).sort()[0];
    if (first && (!soonest.has(row.documentId) || first < soonest.get(row.documentId)!)) soonest.set(row.documentId, first);
  }
  return [...soonest.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map(([id]) => id);
}

export async function chooseDigestItems(strapi: Core.Strapi, window: DigestWindow, listedBefore: Set<string>): Promise<DigestItems> {
  return { vacancies: await newVacancies(strapi, window, listedBefore), events: await upcomingEvents(strapi, window) };
}

export type Localised<T> = T & { locale: string };

async function publishedIn<T>(strapi: Core.Strapi, type: DigestType, ids: string[], locale: string): Promise<Array<Localised<T>>> {
  if (!ids.length) return [];
  const found = await strapi.documents(type).findMany({
    filters: { documentId: { $in: ids } },
    locale,
    status: 'published',
    populate: populateOf(type === VACANCY ? 'vacancy' : 'event'),
    limit: ids.length,
  });
  return (found as unknown as Array<T & { locale?: string }>).map((entry) => ({ ...entry, locale: entry.locale ?? locale }));
}

/**
 * The entries in `language` where they are translated and published, else in English,
 * else in the one language they have; in the digest's order. One no longer published is left out.
 */
export async function loadEntries<T extends { documentId: string }>(strapi: Core.Strapi, type: DigestType, ids: string[], language: string): Promise<Array<Localised<T>>> {
  const byId = new Map<string, Localised<T>>();
  for (const locale of [language, 'en']) {
    const missing = ids.filter((id) => !byId.has(id));
    for (const entry of await publishedIn<T>(strapi, type, missing, locale)) byId.set(entry.documentId, entry);
  }
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) {
    const rows: Array<{ documentId: string; locale: string }> = await strapi.db
      .query(type)
      .findMany({ where: { documentId: { $in: missing }, publishedAt: { $notNull: true } }, select: ['documentId', 'locale'] });
    for (const row of rows) {
      if (byId.has(row.documentId)) continue;
      const [entry] = await publishedIn<T>(strapi, type, [row.documentId], row.locale);
      if (entry) byId.set(row.documentId, entry);
    }
  }
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

export type DigestVacancy = Localised<Vacancy>;
export type DigestEvent = Localised<Event>;
