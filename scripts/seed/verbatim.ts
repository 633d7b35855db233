/**
 * Checks the seed data against its source documents: every text value must be the
 * source's words (whitespace aside), allowing only the artefact removals the findings
 * record. Used by the tests and, before writing anything, by the import.
 */
import type { Finding, SourceKey, SourceSeed } from './data/types.ts';
import { normalizeWhitespace, type SourceTexts } from './sources.ts';

export interface SeedText {
  where: string;
  text: string;
}

/** Keys whose values are identifiers, references, numbers, dates or derived addresses. */
const NOT_TEXT = new Set([
  'slug', 'code', 'kind', 'group', 'parent', 'priorities', 'organisations', 'organisation', 'employer',
  'hostedOnBehalfOf', 'listOrder', 'date', 'startsAt', 'endsAt', 'issueDate', 'effectiveDate',
  'contractEndDate', 'closingDate', 'band', 'hoursPerWeek', 'contractType', 'website', 'url', 'applyUrl',
  'newsItem', 'event', 'vacancy', 'leadershipUpdate', 'level', 'ordered', 'with',
]);

const COLLECTIONS = [
  'organisations', 'priorities', 'people', 'newsItems', 'events', 'vacancies', 'leadershipUpdates', 'briefs',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function linkedText(parts: readonly unknown[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : isRecord(part) ? String(part.link) : '')).join('');
}

function* textsIn(value: unknown, where: string): Generator<SeedText> {
  if (typeof value === 'string') {
    yield { where, text: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* textsIn(item, `${where}[${index}]`);
  } else if (isRecord(value)) {
    // A paragraph with links reads as one passage in the source: check it whole.
    if (Array.isArray(value.parts)) {
      yield { where, text: linkedText(value.parts) };
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (!NOT_TEXT.has(key)) yield* textsIn(child, `${where}.${key}`);
    }
  }
}

function entryKey(entry: unknown): string {
  return isRecord(entry) ? String(entry.slug ?? entry.code ?? '?') : '?';
}

/** Every text value of one source's seed data, with where it is. */
export function seedTexts(seed: SourceSeed): SeedText[] {
  return COLLECTIONS.flatMap((collection) =>
    seed[collection].flatMap((entry) => [...textsIn(entry, `${collection}[${entryKey(entry)}]`)]),
  );
}

function allEdits(findings: readonly Finding[]): { from: string; to: string }[] {
  return findings.flatMap((finding) => finding.edits ?? []);
}

/** The source with the recorded artefact removals applied (whitespace normalised). */
export function cleanedSource(source: string, findings: readonly Finding[]): string {
  let text = normalizeWhitespace(source);
  for (const edit of allEdits(findings)) {
    text = text.split(normalizeWhitespace(edit.from)).join(normalizeWhitespace(edit.to));
  }
  return text;
}

function sourceText(texts: SourceTexts, key: SourceKey): string {
  const text = texts.get(key);
  if (text === undefined) throw new Error(`No text for source ${key}.`);
  return text;
}

/** Text values that are not the source's words: "source: where: text". */
export function unverifiedTexts(seeds: readonly SourceSeed[], texts: SourceTexts): string[] {
  const findings = seeds.flatMap((seed) => seed.findings);
  return seeds.flatMap((seed) => {
    const raw = sourceText(texts, seed.source);
    const original = normalizeWhitespace(raw);
    const cleaned = cleanedSource(raw, findings);
    return seedTexts(seed)
      .filter(({ text }) => {
        const wanted = normalizeWhitespace(text);
        return wanted === '' || !(original.includes(wanted) || cleaned.includes(wanted));
      })
      .map(({ where, text }) => `${seed.source}: ${where}: "${text}"`);
  });
}

/** Finding quotes and artefact edits that are not in their source: each is a problem. */
export function unverifiedQuotes(seeds: readonly SourceSeed[], texts: SourceTexts): string[] {
  const findings = seeds.flatMap((seed) => seed.findings);
  const originals = [...texts.values()].map(normalizeWhitespace);
  const badQuotes = findings.flatMap((finding) =>
    finding.quotes
      .filter((quote) => !normalizeWhitespace(sourceText(texts, quote.source)).includes(normalizeWhitespace(quote.text)))
      .map((quote) => `finding "${finding.about}": quote not in ${quote.source}: "${quote.text}"`),
  );
  const badEdits = allEdits(findings)
    .filter((edit) => !originals.some((text) => text.includes(normalizeWhitespace(edit.from))))
    .map((edit) => `artefact edit not in any source: "${edit.from}"`);
  return [...badQuotes, ...badEdits];
}
