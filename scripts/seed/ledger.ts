import type { Core } from '@strapi/strapi';

/**
 * What the seed has imported, kept in Strapi's own store so it travels with the
 * database: for each type, seed key (slug or code) -> documentId. It is how a second
 * run tells "an editor deleted this" from "never imported", and finds an entry whose
 * slug an editor has since changed.
 */
export interface Ledger {
  documentId(type: string, key: string): string | undefined;
  record(type: string, key: string, documentId: string): Promise<void>;
}

type Recorded = Record<string, Record<string, string>>;

const STORE = { type: 'core', name: 'blmk-seed' } as const;
const KEY = 'imported';

export async function openLedger(strapi: Core.Strapi): Promise<Ledger> {
  const store = strapi.store(STORE);
  const recorded: Recorded = ((await store.get({ key: KEY })) as Recorded | null) ?? {};
  return {
    documentId: (type, key) => recorded[type]?.[key],
    // Saved after every entry, so an interrupted run still knows what it created.
    async record(type, key, documentId) {
      recorded[type] = { ...recorded[type], [key]: documentId };
      await store.set({ key: KEY, value: recorded });
    },
  };
}
