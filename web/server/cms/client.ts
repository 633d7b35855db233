import axios, { type AxiosInstance } from 'axios';
import qs from 'qs';
import {
  CONTENT_TYPES,
  type ContentTypeName,
  type ContentTypes,
  type StrapiErrorResponse,
  type StrapiListResponse,
} from '@blmk/shared-types';
import { CmsError } from './errors';
import { toQueryParams, type FindParams } from './params';

export interface CmsClientOptions {
  /** The CMS's address, e.g. http://127.0.0.1:1337 (no /api). */
  baseURL: string;
  /** Give up on a request after this long (default 10 s). */
  timeoutMs?: number;
  /**
   * A read-only Strapi API token, for the preview client only: the CMS shows drafts to
   * API-token callers alone (cms/src/middlewares/published-only.ts).
   */
  token?: string;
}

/** Entry type of a content type, from the generated types. */
export type Entry<T extends ContentTypeName> = ContentTypes[T];

/** Content types whose entries have a slug (all the editorial ones). */
export type SluggedType = {
  [T in ContentTypeName]: ContentTypes[T] extends { slug: string } ? T : never;
}[ContentTypeName];

export interface CmsClient {
  readonly baseURL: string;
  /** One page of entries. */
  find<T extends ContentTypeName>(type: T, params?: FindParams<Entry<T>>): Promise<StrapiListResponse<Entry<T>>>;
  /** Every entry, page after page (for lists that are short by nature, such as events). */
  findAll<T extends ContentTypeName>(type: T, params?: Omit<FindParams<Entry<T>>, 'pagination'>): Promise<Entry<T>[]>;
  /** One entry by its document id; null when there is none. */
  findOne<T extends ContentTypeName>(type: T, documentId: string, params?: { locale?: string }): Promise<Entry<T> | null>;
  /** One entry by its document id in a status (draft needs a token); null when there is none. */
  findVersion<T extends ContentTypeName>(
    type: T,
    documentId: string,
    params: { locale?: string; status: 'draft' | 'published' },
  ): Promise<Entry<T> | null>;
  /** One entry by its slug; null when there is none. */
  findBySlug<T extends SluggedType>(type: T, slug: string, params?: { locale?: string }): Promise<Entry<T> | null>;
  /** A CMS route that is not a content type (e.g. /api/search), with flat parameters. */
  getJson<R>(path: `/api/${string}`, params: Record<string, string | number | undefined>): Promise<R>;
  /**
   * Whether this client's token may create entries of `type`. It sends a create with no
   * data, which Strapi refuses with 403 for a token that may not (a read-only one) and
   * with 400 ("Missing data") for one that may: nothing is ever written.
   */
  mayCreate(type: ContentTypeName): Promise<boolean>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** Strapi's default maximum page size (api.rest.maxLimit). */
const MAX_PAGE_SIZE = 100;

/** The REST path of a content type, from the generated metadata rather than by hand. */
export function endpointOf(type: ContentTypeName): string {
  return `/api/${CONTENT_TYPES[type].pluralName}`;
}

/** Strapi reads nested params in qs's bracket form (filters[slug][$eq]=x). */
export function serializeParams(params: Record<string, unknown>): string {
  return qs.stringify(params, { encodeValuesOnly: true });
}

function toCmsError(error: unknown, request: string): CmsError {
  if (axios.isAxiosError(error)) {
    if (error.response) {
      const body = error.response.data as Partial<StrapiErrorResponse> | undefined;
      const message = body?.error?.message ?? error.message;
      return new CmsError(error.response.status, message, 'response', request, { cause: error });
    }
    const timedOut = error.code === 'ETIMEDOUT' || error.code === 'ECONNABORTED';
    return new CmsError(
      503,
      timedOut ? 'The CMS did not answer in time.' : `The CMS could not be reached (${error.code ?? error.message}).`,
      timedOut ? 'timeout' : 'unreachable',
      request,
      { cause: error },
    );
  }
  return new CmsError(503, error instanceof Error ? error.message : String(error), 'unreachable', request, { cause: error });
}

export function createCmsClient(options: CmsClientOptions): CmsClient {
  const baseURL = options.baseURL.replace(/\/+$/, '');
  const http: AxiosInstance = axios.create({
    baseURL,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: { accept: 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    paramsSerializer: { serialize: serializeParams },
    // Report a timeout as ETIMEDOUT rather than a generic abort.
    transitional: { clarifyTimeoutError: true },
  });

  async function get<R>(path: string, params: Record<string, unknown>): Promise<R> {
    const request = `${path}?${serializeParams(params)}`;
    let data: unknown;
    try {
      ({ data } = await http.get(path, { params, responseType: 'json' }));
    } catch (error) {
      throw toCmsError(error, request);
    }
    if (typeof data !== 'object' || data === null || !('data' in data)) {
      throw new CmsError(503, 'The CMS answered with something other than Strapi JSON.', 'invalid-response', request);
    }
    return data as R;
  }

  const client: CmsClient = {
    baseURL,

    find(type, params = {}) {
      return get(endpointOf(type), toQueryParams(params));
    },

    async findAll(type, params = {}) {
      const entries: Entry<typeof type>[] = [];
      for (let page = 1; ; page++) {
        const response = await client.find(type, { ...params, pagination: { page, pageSize: MAX_PAGE_SIZE } });
        entries.push(...response.data);
        const pageCount = response.meta.pagination?.pageCount ?? page;
        if (page >= pageCount || response.data.length === 0) return entries;
      }
    },

    async findOne(type, documentId, params = {}) {
      try {
        const response = await get<{ data: Entry<typeof type> }>(
          `${endpointOf(type)}/${encodeURIComponent(documentId)}`,
          toQueryParams(params),
        );
        return response.data;
      } catch (error) {
        if (error instanceof CmsError && error.status === 404) return null;
        throw error;
      }
    },

    async findVersion(type, documentId, { locale, status }) {
      try {
        const query: Record<string, unknown> = { status };
        if (locale !== undefined) query.locale = locale;
        const response = await get<{ data: Entry<typeof type> }>(`${endpointOf(type)}/${encodeURIComponent(documentId)}`, query);
        return response.data;
      } catch (error) {
        if (error instanceof CmsError && error.status === 404) return null;
        throw error;
      }
    },

    async findBySlug(type, slug, params = {}) {
      const filters = { slug: { $eq: slug } } as FindParams<Entry<typeof type>>['filters'];
      const response = await client.find(type, { ...params, filters, pagination: { page: 1, pageSize: 1 } });
      return response.data[0] ?? null;
    },

    getJson(path, params) {
      return get(path, params);
    },

    async mayCreate(type) {
      const request = `POST ${endpointOf(type)} (empty, to test the token's scope)`;
      try {
        await http.post(endpointOf(type), {}, { responseType: 'json' });
      } catch (error) {
        const status = axios.isAxiosError(error) ? error.response?.status : undefined;
        if (status === 401 || status === 403) return false;
        if (status === 400) return true;
        throw toCmsError(error, request);
      }
      // A 2xx to an empty create: it may (and the CMS accepted nothing useful).
      return true;
    },
  };
  return client;
}
