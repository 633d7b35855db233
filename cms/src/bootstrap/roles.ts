import type { Core, UID } from '@strapi/strapi';
import { ROLE_DEFINITIONS, type ContentGrant, type RoleDefinition } from './role-definitions';

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}

interface RegisteredAction {
  options?: { applyToProperties?: string[] };
}

const EXPLORER = 'plugin::content-manager.explorer';

function appliesTo(strapi: Core.Strapi, actionId: string, property: 'fields' | 'locales'): boolean {
  const action = strapi.service('admin::permission').actionProvider.get(actionId) as RegisteredAction | undefined;
  if (!action) throw new Error(`Unknown admin permission action ${actionId}.`);
  return action.options?.applyToProperties?.includes(property) ?? false;
}

function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  const contentType = strapi.contentTypes[uid as UID.ContentType];
  return (contentType?.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
}

/** Every field path of a type (components expanded), as the admin's role editor lists them. */
function allFields(strapi: Core.Strapi, uid: string): string[] {
  const contentType = strapi.contentTypes[uid as UID.ContentType];
  if (!contentType) throw new Error(`Unknown content type ${uid} in the role definitions.`);
  return strapi.service('admin::content-type').getNestedFields(contentType, { components: strapi.components }) as string[];
}

function contentPermissions(strapi: Core.Strapi, grant: ContentGrant, locales: string[]): PermissionInput[] {
  const hidden = new Set(grant.withoutFields ?? []);
  return grant.subjects.flatMap((subject) =>
    grant.actions.map((verb) => {
      const action = `${EXPLORER}.${verb}`;
      const properties: PermissionInput['properties'] = {};
      if (appliesTo(strapi, action, 'fields')) {
        properties.fields = allFields(strapi, subject).filter((field) => !hidden.has(field.split('.')[0] ?? field));
      }
      if (isLocalized(strapi, subject) && appliesTo(strapi, action, 'locales')) properties.locales = locales;
      return { action, subject, properties, conditions: [] };
    }),
  );
}

function rolePermissions(strapi: Core.Strapi, role: RoleDefinition, locales: string[]): PermissionInput[] {
  return [
    ...role.content.flatMap((grant) => contentPermissions(strapi, grant, locales)),
    ...role.pluginActions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    ...(role.ownMediaActions ?? []).map((action) => ({
      action,
      subject: null,
      properties: {},
      conditions: ['admin::is-creator'],
    })),
  ];
}

/**
 * Creates the project's admin roles when missing and resets their permissions to the
 * definitions at every start, so the roles are what the code says, not what someone
 * clicked in Settings. Every locale of the site is granted.
 */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map(
    (locale) => locale.code,
  );
  for (const definition of ROLE_DEFINITIONS) {
    const { code, name, description } = definition;
    let role = (await roles.findOne({ code })) as { id: number; name: string; description: string } | null;
    if (!role) role = await roles.create({ code, name, description });
    else if (role.name !== name || role.description !== description) await roles.update({ id: role.id }, { name, description });
    await roles.assignPermissions(role!.id, rolePermissions(strapi, definition, locales));
  }
}
