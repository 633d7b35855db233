import type { ContentTypeLayout, LayoutTable, ModelLayout } from './types';

/** What the validation needs to know of a schema attribute. */
export interface AttributeFacts {
  type: string;
  relation?: string;
  /** For component attributes: the component's uid. */
  component?: string;
}

/** The fields an editor sees, per content type and component uid (system fields excluded). */
export type EditorSchemas = Readonly<Record<string, Readonly<Record<string, AttributeFacts>>>>;

/** Strapi's own fields, never in the edit form, usable as list columns and sort keys. */
export const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy'] as const;
const SYSTEM = new Set<string>(SYSTEM_FIELDS);

// Strapi 5's content manager (services/field-sizes, configuration/attributes): these
// types always take a full row, and these cannot be list columns or sort keys.
const FULL_ROW_TYPES = new Set(['component', 'dynamiczone', 'json', 'richtext', 'blocks']);
const NOT_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks', 'component']);
const NOT_SORTABLE = new Set(['component', 'json', 'media', 'richtext', 'dynamiczone', 'blocks']);
const SORTABLE_RELATIONS = new Set(['oneToOne', 'manyToOne']);
const ROW = 12;

export class AdminLayoutError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The admin layout table (cms/src/admin-layout/table.ts) does not match the schemas; fix the table:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'AdminLayoutError';
  }
}

function checkFieldsAndEdit(uid: string, layout: ModelLayout, attributes: Readonly<Record<string, AttributeFacts>>, problems: string[]): void {
  for (const field of Object.keys(attributes)) {
    if (!(field in layout.fields)) problems.push(`${uid}: field "${field}" is in the schema but has no label in the table`);
  }
  for (const [field, text] of Object.entries(layout.fields)) {
    if (!(field in attributes)) problems.push(`${uid}: the table labels "${field}", which is not a field of the schema`);
    else if (!text.label.trim()) problems.push(`${uid}: field "${field}" has an empty label`);
  }
  const placed = new Map<string, number>();
  layout.edit.forEach((row, index) => {
    const width = row.reduce((sum, [, size]) => sum + size, 0);
    if (width !== ROW) problems.push(`${uid}: edit row ${index + 1} is ${width} wide, not ${ROW}`);
    for (const [field, size] of row) {
      placed.set(field, (placed.get(field) ?? 0) + 1);
      const attribute = attributes[field];
      if (!attribute) problems.push(`${uid}: edit row ${index + 1} names "${field}", which is not a field of the schema`);
      else if (FULL_ROW_TYPES.has(attribute.type) && size !== ROW) problems.push(`${uid}: "${field}" (${attribute.type}) must be ${ROW} wide`);
    }
  });
  for (const field of Object.keys(attributes)) {
    const count = placed.get(field) ?? 0;
    if (count !== 1) problems.push(`${uid}: field "${field}" is in the edit form ${count} times, not once`);
  }
}

function sortable(field: string, attributes: Readonly<Record<string, AttributeFacts>>): boolean {
  if (SYSTEM.has(field)) return true;
  const attribute = attributes[field];
  if (!attribute || NOT_SORTABLE.has(attribute.type)) return false;
  return attribute.type !== 'relation' || SORTABLE_RELATIONS.has(attribute.relation ?? '');
}

function checkList(uid: string, layout: ContentTypeLayout, attributes: Readonly<Record<string, AttributeFacts>>, problems: string[]): void {
  if (layout.list.length === 0) problems.push(`${uid}: the list view has no columns`);
  if (new Set(layout.list).size !== layout.list.length) problems.push(`${uid}: a list column is named twice`);
  for (const column of layout.list) {
    const attribute = attributes[column];
    if (!attribute && !SYSTEM.has(column)) problems.push(`${uid}: list column "${column}" is not a field of the schema`);
    else if (attribute && NOT_LISTABLE.has(attribute.type)) problems.push(`${uid}: "${column}" (${attribute.type}) cannot be a list column`);
  }
  for (const column of Object.keys(layout.systemColumns ?? {})) {
    if (!SYSTEM.has(column)) problems.push(`${uid}: "${column}" under systemColumns is not one of Strapi's own fields`);
  }
  const { mainField, defaultSortBy } = layout.settings;
  if (!sortable(mainField, attributes)) problems.push(`${uid}: main field "${mainField}" is not a sortable field of the schema`);
  if (!sortable(defaultSortBy, attributes)) problems.push(`${uid}: default sort "${defaultSortBy}" is not a sortable field of the schema`);
}

/** Every component a model uses, its components' components included. */
function componentsUsed(uid: string, schemas: EditorSchemas, seen = new Set<string>()): Set<string> {
  for (const attribute of Object.values(schemas[uid] ?? {})) {
    if (attribute.component && !seen.has(attribute.component)) {
      seen.add(attribute.component);
      componentsUsed(attribute.component, schemas, seen);
    }
  }
  return seen;
}

/**
 * Every problem between the table and the schemas: a field without a label, a label
 * for a field that does not exist, an edit form that misses a field or breaks Strapi's
 * row rules, a list column or sort key the content manager cannot use, and an
 * editorial type or a component they use that the table leaves out.
 */
export function layoutProblems(table: LayoutTable, schemas: EditorSchemas, requiredTypes: readonly string[]): string[] {
  const problems: string[] = [];
  for (const uid of requiredTypes) {
    if (!(uid in table.contentTypes)) problems.push(`${uid}: the editorial type is missing from the table`);
    for (const component of componentsUsed(uid, schemas)) {
      if (!(component in table.components)) problems.push(`${component}: component used by ${uid} is missing from the table`);
    }
  }
  const models: Array<[string, ModelLayout, ContentTypeLayout | undefined]> = [
    ...Object.entries(table.contentTypes).map(([uid, layout]): [string, ModelLayout, ContentTypeLayout] => [uid, layout, layout]),
    ...Object.entries(table.components).map(([uid, layout]): [string, ModelLayout, undefined] => [uid, layout, undefined]),
  ];
  for (const [uid, layout, contentType] of models) {
    const attributes = schemas[uid];
    if (!attributes) {
      problems.push(`${uid}: no such content type or component`);
      continue;
    }
    checkFieldsAndEdit(uid, layout, attributes, problems);
    if (contentType) checkList(uid, contentType, attributes, problems);
  }
  return problems;
}

/** Throws an AdminLayoutError naming every problem, so the CMS does not start with a half-labelled admin. */
export function assertLayoutMatchesSchemas(table: LayoutTable, schemas: EditorSchemas, requiredTypes: readonly string[]): void {
  const problems = layoutProblems(table, schemas, requiredTypes);
  if (problems.length > 0) throw new AdminLayoutError(problems);
}
