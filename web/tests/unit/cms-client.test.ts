import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createCmsClient, endpointOf, type CmsClient } from '../../server/cms/client';
import { CmsError } from '../../server/cms/errors';
import type { FindParams } from '../../server/cms/params';

/**
 * The client against a tiny real HTTP server (not a mock of axios): what goes over the
 * wire, and how each kind of failure comes back.
 */

interface Reply {
  status?: number;
  body?: unknown;
  raw?: string;
  delayMs?: number;
}

let server: Server;
let baseURL: string;
let requests: string[] = [];
let reply: (request: IncomingMessage) => Reply = () => ({ body: emptyList() });

function emptyList(page = 1, pageCount = 0) {
  return { data: [], meta: { pagination: { page, pageSize: 25, pageCount, total: 0 } } };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(decodeURIComponent(request.url ?? ''));
    const { status = 200, body, raw, delayMs = 0 } = reply(request);
    setTimeout(() => {
      response.writeHead(status, { 'content-type': raw === undefined ? 'application/json' : 'text/html' });
      response.end(raw ?? JSON.stringify(body));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  requests = [];
  reply = () => ({ body: emptyList() });
});

function client(timeoutMs = 2_000): CmsClient {
  return createCmsClient({ baseURL: `${baseURL}/`, timeoutMs });
}

describe('endpoints come from the generated content-type metadata', () => {
  test.each([
    ['news-item', '/api/news-items'],
    ['brief', '/api/briefs'],
    ['vacancy', '/api/vacancies'],
    ['leadership-update', '/api/leadership-updates'],
    ['event', '/api/events'],
    ['person', '/api/people'],
    ['priority', '/api/priorities'],
  ] as const)('%s → %s', (type, path) => {
    expect(endpointOf(type)).toBe(path);
  });
});

describe('typed params are serialised in Strapi’s bracket form', () => {
  test.each<[string, FindParams<never> | Record<string, unknown>, string]>([
    ['no params', {}, '/api/news-items'],
    ['locale', { locale: 'en' }, '/api/news-items?locale=en'],
    ['one sort', { sort: 'storyDate:desc' }, '/api/news-items?sort[0]=storyDate:desc'],
    [
      'several sorts',
      { sort: ['storyDate:desc', 'title'] },
      '/api/news-items?sort[0]=storyDate:desc&sort[1]=title',
    ],
    ['a slug filter', { filters: { slug: { $eq: 'a-b' } } }, '/api/news-items?filters[slug][$eq]=a-b'],
    [
      'nested and combined filters',
      { filters: { $or: [{ title: { $containsi: 'cancer' } }, { organisations: { slug: { $in: ['nhs-england', 'cancer-alliance'] } } }] } },
      '/api/news-items?filters[$or][0][title][$containsi]=cancer&filters[$or][1][organisations][slug][$in][0]=nhs-england&filters[$or][1][organisations][slug][$in][1]=cancer-alliance',
    ],
    ['pagination', { pagination: { page: 2, pageSize: 10 } }, '/api/news-items?pagination[page]=2&pagination[pageSize]=10'],
    // The CMS decides populate; anything the types do not allow is never sent.
    ['populate is dropped', { populate: '*', status: 'draft', locale: 'en' }, '/api/news-items?locale=en'],
    ['values are encoded', { filters: { title: { $eq: 'A&E + 24/7' } } }, '/api/news-items?filters[title][$eq]=A&E + 24/7'],
  ])('%s', async (_name, params, expected) => {
    await client().find('news-item', params as FindParams<never>);
    expect(requests).toEqual([expected]);
  });

  test('the query string is encoded on the wire', async () => {
    let raw = '';
    reply = (request) => {
      raw = request.url ?? '';
      return { body: emptyList() };
    };
    await client().find('news-item', { filters: { title: { $eq: 'A&E' } } });
    expect(raw).toBe('/api/news-items?filters[title][$eq]=A%26E');
  });
});

describe('single lookups', () => {
  test('findBySlug asks for one entry with that slug and returns it', async () => {
    reply = () => ({ body: { data: [{ slug: 'central-brief-may-2018' }], meta: { pagination: { page: 1, pageSize: 1, pageCount: 1, total: 1 } } } });
    const brief = await client().findBySlug('brief', 'central-brief-may-2018', { locale: 'en' });
    expect(brief).toEqual({ slug: 'central-brief-may-2018' });
    expect(requests).toEqual(['/api/briefs?locale=en&filters[slug][$eq]=central-brief-may-2018&pagination[page]=1&pagination[pageSize]=1']);
  });

  test('findBySlug gives null when there is no such entry', async () => {
    expect(await client().findBySlug('news-item', 'no-such-story')).toBeNull();
  });

  test('findOne gives null on 404 and the entry otherwise', async () => {
    reply = (request) =>
      request.url?.includes('/missing')
        ? { status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } } }
        : { body: { data: { documentId: 'abc' }, meta: {} } };
    expect(await client().findOne('vacancy', 'missing')).toBeNull();
    expect(await client().findOne('vacancy', 'abc')).toEqual({ documentId: 'abc' });
    expect(requests).toEqual(['/api/vacancies/missing', '/api/vacancies/abc']);
  });
});

test('findAll reads every page', async () => {
  reply = (request) => {
    const page = Number(new URL(request.url ?? '', baseURL).searchParams.get('pagination[page]'));
    return { body: { data: [{ page }], meta: { pagination: { page, pageSize: 100, pageCount: 3, total: 201 } } } };
  };
  const all = await client().findAll('event', { locale: 'en' });
  expect(all).toEqual([{ page: 1 }, { page: 2 }, { page: 3 }]);
  expect(requests).toHaveLength(3);
});

describe('failures come back as a CmsError', () => {
  const strapiError = (status: number, message: string) => ({
    status,
    body: { data: null, error: { status, name: 'Error', message, details: {} } },
  });

  test.each<[string, () => Reply, Partial<CmsError> & { unavailable: boolean }]>([
    ['a 400 with Strapi’s message', () => strapiError(400, 'Invalid key populate'), { status: 400, reason: 'response', message: 'Invalid key populate', unavailable: false }],
    ['a 403', () => strapiError(403, 'Forbidden'), { status: 403, reason: 'response', message: 'Forbidden', unavailable: false }],
    ['a 500', () => strapiError(500, 'Internal Server Error'), { status: 500, reason: 'response', unavailable: true }],
    ['a 502 from a proxy, not JSON', () => ({ status: 502, raw: '<html>Bad gateway</html>' }), { status: 502, reason: 'response', unavailable: true }],
    ['a 200 that is not Strapi JSON', () => ({ raw: '<html>maintenance</html>' }), { status: 503, reason: 'invalid-response', unavailable: true }],
    ['no answer in time', () => ({ delayMs: 1_000, body: emptyList() }), { status: 503, reason: 'timeout', unavailable: true }],
  ])('%s', async (_name, makeReply, expected) => {
    reply = makeReply;
    const error = await client(300).find('news-item', { locale: 'en' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsError);
    expect(error).toMatchObject(expected);
    expect((error as CmsError).request).toBe('/api/news-items?locale=en');
  });

  test('an unreachable CMS', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await createCmsClient({ baseURL: `http://127.0.0.1:${port}` })
      .findBySlug('news-item', 'x')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsError);
    expect(error).toMatchObject({ status: 503, reason: 'unreachable', unavailable: true });
  });
});
