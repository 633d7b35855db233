import { centralBrief201805 } from './central-brief-2018-05.ts';
import { engagementPaper2017 } from './engagement-paper-2017.ts';
import type { SourceKey, SourceSeed } from './types.ts';

/** Every source document transcribed, oldest first. */
export const SEED: readonly SourceSeed[] = [engagementPaper2017, centralBrief201805];

/** Where each source document's copy lives, under scripts/seed/sources/. */
export const SOURCE_FILES: Record<SourceKey, string> = {
  'engagement-paper-2017': 'engagement-paper-2017.txt',
  'central-brief-2018-05': 'central-brief-2018-05.txt',
};
