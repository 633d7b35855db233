import { expect, test } from 'vitest';
import { planDocuments, typeCounts } from '../generator.ts';

test('the data set is the same for a size and seed, and differs for another seed', () => {
  const first = [...planDocuments(300, 7, { priorities: 5, organisations: 9 })];
  const again = [...planDocuments(300, 7, { priorities: 5, organisations: 9 })];
  const other = [...planDocuments(300, 8, { priorities: 5, organisations: 9 })];
  expect(again).toEqual(first);
  expect(other.map((doc) => doc.data.title)).not.toEqual(first.map((doc) => doc.data.title));
});

test('types in the proportions 100:20:2:5, unique slugs, relations within range, some translations', () => {
  expect(typeCounts(1_000)).toEqual({ 'news-item': 787, vacancy: 157, brief: 16, event: 39 });
  expect(typeCounts(10)).toEqual({ 'news-item': 8, vacancy: 2, brief: 1, event: 1 });
  const docs = [...planDocuments(1_000, undefined, { priorities: 5, organisations: 9 })];
  const counts: Record<string, number> = {};
  for (const doc of docs) counts[doc.type] = (counts[doc.type] ?? 0) + 1;
  expect(counts).toEqual(typeCounts(1_000));
  expect(new Set(docs.map((doc) => `${doc.type}/${String(doc.data.slug)}`)).size).toBe(docs.length);
  for (const doc of docs) {
    for (const index of doc.priorities) expect(index).toBeLessThan(5);
    for (const index of doc.organisations) expect(index).toBeLessThan(9);
  }
  const translated = docs.filter((doc) => doc.translations.length > 0).length;
  expect(translated).toBeGreaterThan(150);
  expect(translated).toBeLessThan(400);
  // Interleaved: the first tenth already has every type.
  expect(new Set(docs.slice(0, 100).map((doc) => doc.type)).size).toBe(4);
});
