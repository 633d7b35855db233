import type { Core, UID } from '@strapi/strapi';
import { EDITORIAL_CONTENT_TYPES } from '../content-types';

/** What an editor reads beside the schedule fields in the content manager's edit form. */
const SCHEDULE_FIELD_TEXT = {
  publishAt: {
    label: 'Publish at',
    description: 'Publishes the draft (every language) automatically at this time. Leave empty to publish by hand.',
  },
  unpublishAt: {
    label: 'Unpublish at',
    description: 'Takes the entry off the site (every language) at this time; the draft stays. Must be after "Publish at".',
  },
} as const;

interface EditMetadata {
  label?: string;
  description?: string;
}

interface ViewConfiguration {
  settings: unknown;
  layouts: unknown;
  metadatas: Record<string, { edit?: EditMetadata }>;
}

interface ContentTypesService {
  findConfiguration(contentType: unknown): Promise<ViewConfiguration>;
  updateConfiguration(contentType: unknown, configuration: ViewConfiguration): Promise<unknown>;
}

/**
 * Gives the schedule fields readable labels and help text in the edit form. Only a
 * label still at Strapi's default (the field name) is replaced, so a label someone
 * set under "Configure the view" stays.
 */
export async function labelScheduleFields(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService;
  for (const uid of EDITORIAL_CONTENT_TYPES) {
    const contentType = strapi.getModel(uid as UID.ContentType);
    const configuration = await service.findConfiguration(contentType);
    let changed = false;
    for (const [field, text] of Object.entries(SCHEDULE_FIELD_TEXT)) {
      const edit = configuration.metadatas?.[field]?.edit;
      if (edit && (edit.label === field || !edit.label)) {
        Object.assign(edit, text);
        changed = true;
      }
    }
    if (changed) {
      const { settings, layouts, metadatas } = configuration;
      await service.updateConfiguration(contentType, { settings, layouts, metadatas });
    }
  }
}
