/**
 * The scale data set, as plain data: which documents to create, in which locales, with
 * which relations. Deterministic for a size and seed, so two runs at one size measure the
 * same content. Pure: data.ts writes it through the CMS's Document Service.
 */

export type BenchType = 'news-item' | 'vacancy' | 'brief' | 'event';

/** News : vacancies : briefs : events, as the partnership publishes them. */
export const PROPORTIONS: Record<BenchType, number> = { 'news-item': 100, vacancy: 20, brief: 2, event: 5 };
export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type SizeName = keyof typeof SIZES;
/** Share of documents that also get each community-language translation. */
const TRANSLATED_SHARE = 0.1;
const COMMUNITY_LOCALES = ['pl', 'ur', 'ro'] as const;

export interface PlannedDocument {
  type: BenchType;
  /** Index within its type: the slug's number. */
  index: number;
  data: Record<string, unknown>;
  /** Other locales this document is also published in (same document, translated title). */
  translations: Array<(typeof COMMUNITY_LOCALES)[number]>;
  /** Indexes into the existing priorities and organisations (data.ts maps them to documents). */
  priorities: number[];
  organisations: number[];
}

/** mulberry32: small, fast and repeatable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many of each type make `total` documents in PROPORTIONS (at least one each). */
export function typeCounts(total: number): Record<BenchType, number> {
  const sum = Object.values(PROPORTIONS).reduce((a, b) => a + b, 0);
  const counts = {} as Record<BenchType, number>;
  for (const [type, share] of Object.entries(PROPORTIONS) as Array<[BenchType, number]>) counts[type] = Math.max(1, Math.round((total * share) / sum));
  return counts;
}

const WORDS = (
  'health care hospital patient nurse doctor service community primary mental cancer plan workforce partnership luton ' +
  'bedford milton keynes trust board appointment director programme event workshop integrated system funding digital ' +
  'pharmacy maternity children social council volunteer training recruitment clinic screening vaccination wellbeing strategy'
).split(' ');

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const BANDS = ['Band 3', 'Band 5', 'Band 6', 'Band 7', 'Band 8a'];

function dayFrom(next: () => number, fromYear: number, years: number): string {
  return new Date(Date.UTC(fromYear, 0, 1) + Math.floor(next() * 365 * years) * 86_400_000).toISOString().slice(0, 10);
}

/** The documents for `total` items, in creation order, from `seed`. */
export function* planDocuments(
  total: number,
  seed = 20261206,
  related = { priorities: 1, organisations: 1 },
  /** Vacancies close after it (the CMS refuses to publish one that has closed). */
  today = '2026-12-06',
): Generator<PlannedDocument> {
  const daysAfterToday = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const next = random(seed);
  const sentence = (words: number) => Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ');
  const title = () => {
    const text = sentence(4 + Math.floor(next() * 5));
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const pick = (count: number, max: number) => (max === 0 ? [] : [...new Set(Array.from({ length: count }, () => Math.floor(next() * max)))]);
  const counts = typeCounts(total);
  // Interleaved, so a partial run still has every type in proportion.
  const order = (Object.keys(counts) as BenchType[]).flatMap((type) => Array.from({ length: counts[type] }, (_, index) => ({ type, index, key: (index + 0.5) / counts[type] })));
  order.sort((a, b) => a.key - b.key || a.type.localeCompare(b.type));
  for (const { type, index } of order) {
    const base = { title: `${title()} ${index}`, slug: `bench-${type}-${index}` };
    const translations = COMMUNITY_LOCALES.filter(() => next() < TRANSLATED_SHARE);
    let data: Record<string, unknown>;
    let priorities: number[] = [];
    let organisations: number[] = [];
    if (type === 'news-item') {
      data = { ...base, summary: `${sentence(20)}.`, body: paragraph(`${sentence(120)}.`), storyDate: dayFrom(next, 2016, 10) };
      priorities = pick(2, related.priorities);
      organisations = pick(2, related.organisations);
    } else if (type === 'vacancy') {
      data = {
        ...base,
        band: BANDS[Math.floor(next() * BANDS.length)],
        contractType: 'permanent',
        location: 'Luton',
        summary: `${sentence(20)}.`,
        description: paragraph(`${sentence(80)}.`),
        closingDate: daysAfterToday(1 + Math.floor(next() * 365)),
      };
      organisations = pick(1, related.organisations);
    } else if (type === 'brief') {
      data = { ...base, issueDate: dayFrom(next, 2016, 10), intro: paragraph(`${sentence(40)}.`), sections: [{ heading: title(), intro: paragraph(`${sentence(60)}.`) }] };
    } else {
      data = { ...base, summary: `${sentence(20)}.`, description: paragraph(`${sentence(60)}.`), sessions: [{ date: dayFrom(next, 2025, 3), startsAt: '10:00:00.000', endsAt: '12:00:00.000' }] };
      priorities = pick(1, related.priorities);
    }
    yield { type, index, data, translations, priorities, organisations };
  }
}
