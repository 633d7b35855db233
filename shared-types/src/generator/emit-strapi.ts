import { header } from './emit-text.ts';

/**
 * The response shapes every Strapi 5 project shares, checked against Strapi 5.54's own
 * source: the upload plugin's file content type and image formats
 * (@strapi/upload server/content-types/file, services/image-manipulation), the blocks
 * validator (@strapi/core services/entity-validator/blocks-validator) and the error
 * formatter (@strapi/core services/errors). They do not depend on the schemas, but are
 * generated with them so that no response type is written by hand.
 */
const BODY = `
/** Any value a Strapi \`json\` attribute can hold. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** One resized copy of an uploaded image. */
export interface MediaFormat {
  name: string;
  hash: string;
  ext: string;
  mime: string;
  path: string | null;
  width: number;
  height: number;
  /** Size in kilobytes. */
  size: number;
  sizeInBytes: number;
  url: string;
}

/** The resized copies Strapi makes of an image; each exists only when the original is larger. */
export interface MediaFormats {
  thumbnail?: MediaFormat;
  small?: MediaFormat;
  medium?: MediaFormat;
  large?: MediaFormat;
}

/** Where an image should stay in view when cropped, as percentages from the top left. */
export interface MediaFocalPoint {
  x: number;
  y: number;
}

/** An uploaded file (\`plugin::upload.file\`) as a populated media field returns it. */
export interface Media {
  id: number;
  documentId: string;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  focalPoint: MediaFocalPoint | null;
  /** Null for files that are not images. */
  width: number | null;
  /** Null for files that are not images. */
  height: number | null;
  formats: MediaFormats | null;
  hash: string;
  /** With the dot, e.g. '.jpg'. */
  ext: string | null;
  mime: string;
  /** Size in kilobytes. */
  size: number;
  /** Relative ('/uploads/...') for the local provider, absolute for cloud providers. */
  url: string;
  previewUrl: string | null;
  provider: string;
  provider_metadata: JsonValue | null;
  createdAt: string;
  updatedAt: string;
  /** Files have no drafts: set when the file is uploaded. */
  publishedAt: string;
}

/** A run of text in a blocks field, with its marks. */
export interface BlocksText {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface BlocksLink {
  type: 'link';
  url: string;
  children: BlocksText[];
}

export type BlocksInline = BlocksText | BlocksLink;

export interface BlocksParagraph {
  type: 'paragraph';
  children: BlocksInline[];
}

export interface BlocksHeading {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: BlocksInline[];
}

export interface BlocksListItem {
  type: 'list-item';
  children: BlocksInline[];
}

/** A list; a nested list sits among the list items. */
export interface BlocksList {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number;
  children: Array<BlocksListItem | BlocksList>;
}

export interface BlocksQuote {
  type: 'quote';
  children: BlocksInline[];
}

export interface BlocksCode {
  type: 'code';
  language?: string | null;
  children: BlocksText[];
}

/**
 * The copy of an uploaded file that an image block keeps: the fields the editor copies
 * from the media library when the image is inserted (later edits to the file do not
 * reach it). The editor stores the URL absolute.
 */
export interface BlocksImageFile {
  name: string;
  alternativeText?: string | null;
  caption?: string | null;
  url: string;
  width: number;
  height: number;
  formats?: MediaFormats | null;
  hash: string;
  ext: string;
  mime: string;
  /** Size in kilobytes. */
  size: number;
  previewUrl?: string | null;
  provider: string;
  provider_metadata?: JsonValue;
  createdAt: string;
  updatedAt: string;
}

export interface BlocksImage {
  type: 'image';
  image: BlocksImageFile;
  children: [{ type: 'text'; text: '' }];
}

export type BlocksBlock =
  | BlocksParagraph
  | BlocksHeading
  | BlocksList
  | BlocksQuote
  | BlocksCode
  | BlocksImage;

/** The value of a Strapi \`blocks\` (rich text) attribute. */
export type BlocksContent = BlocksBlock[];

/** Page-based pagination, as list responses return it by default. */
export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** \`GET /api/<pluralName>\` */
export interface StrapiListResponse<T> {
  data: T[];
  meta: { pagination: Pagination };
}

/** \`GET /api/<pluralName>/<documentId>\` */
export interface StrapiSingleResponse<T> {
  data: T;
  meta: Record<string, never>;
}

/** Any 4xx or 5xx answer of the content API. */
export interface StrapiErrorResponse {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details: JsonValue;
  };
}
`;

/** The text of `strapi.ts`. */
export function emitStrapi(): string {
  return header('The response shapes Strapi 5 gives every project: media, blocks, pagination, errors.') + BODY;
}

/** Every name `strapi.ts` exports, so a schema cannot reuse one. */
export const STRAPI_EXPORT_NAMES: readonly string[] = [...BODY.matchAll(/^export (?:type|interface) (\w+)/gm)].map(
  (match) => match[1] ?? '',
);
