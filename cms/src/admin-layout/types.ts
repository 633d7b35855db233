/**
 * The shape of the admin layout table: what a comms officer reads and where, per
 * content type and component, in the Content Manager's edit and list views.
 */

/** Strapi 5 edit-view column widths (of a 12-column row) this project uses. */
export type Width = 4 | 6 | 8 | 12;

export interface FieldText {
  /** The field's name in the edit form and the list's column header. */
  label: string;
  /** One line under the field in the edit form, where the label alone is not enough. */
  hint?: string;
  /** Greyed example text inside an empty field. */
  placeholder?: string;
  /** Shown but not editable in the form (fields the CMS itself sets, such as the review stage). */
  readOnly?: boolean;
}

/** One row of the edit form: fields left to right with their widths, summing to 12. */
export type EditRow = ReadonlyArray<readonly [field: string, width: Width]>;

export interface ListSettings {
  /** The field that names an entry (list first column, relation pickers elsewhere). */
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
}

export interface ModelLayout {
  /** Every field of the schema, once: adding a field to a schema without a label here stops the CMS starting. */
  fields: Readonly<Record<string, FieldText>>;
  edit: readonly EditRow[];
}

export interface ContentTypeLayout extends ModelLayout {
  /** List-view columns, left to right (the i18n plugin adds "Available in" and Draft & Publish adds "Status" itself). */
  list: readonly string[];
  /** Headers for the list columns that are Strapi's own fields (created, updated, published). */
  systemColumns?: Readonly<Record<string, string>>;
  settings: ListSettings;
}

export interface LayoutTable {
  contentTypes: Readonly<Record<string, ContentTypeLayout>>;
  components: Readonly<Record<string, ModelLayout>>;
}
