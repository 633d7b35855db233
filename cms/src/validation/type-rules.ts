import { briefRules } from '../api/brief/rules';
import { eventRules } from '../api/event/rules';
import { vacancyRules } from '../api/vacancy/rules';
import type { TypeRules } from './rules';

/**
 * The content types with rules of their own, each kept beside its type. Rules every type
 * shares (slugs, image alt text) are in validation/index.ts.
 */
export const TYPE_RULES: Readonly<Record<string, TypeRules>> = {
  'api::brief.brief': briefRules,
  'api::event.event': eventRules,
  'api::vacancy.vacancy': vacancyRules,
};
