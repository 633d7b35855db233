import type { Organisation, Priority } from '@blmk/shared-types';
import type { CmsClient } from '../client';
import type { LocaleParams } from './params';

/** Priorities by code, for the news filter. */
export function fetchPriorities(cms: CmsClient, { locale }: LocaleParams): Promise<Priority[]> {
  return cms.findAll('priority', { locale, sort: ['code:asc'] });
}

/** Organisations by name, for the news filter. */
export function fetchOrganisations(cms: CmsClient, { locale }: LocaleParams): Promise<Organisation[]> {
  return cms.findAll('organisation', { locale, sort: ['name:asc'] });
}
