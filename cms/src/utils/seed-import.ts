/**
 * The seed import (scripts/seed) brings in historic content that today's publishing
 * rules would refuse (a 2018 vacancy whose advert gives no closing date). It sets
 * BLMK_SEED_IMPORT=1 in its own process only; the CMS server never does, so editors
 * and API clients always meet every rule.
 */
export const isSeedImport = (): boolean => process.env.BLMK_SEED_IMPORT === '1';
