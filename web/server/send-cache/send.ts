import type { IncomingMessage, ServerResponse } from 'node:http';
import { preferredCoding, type ContentCoding } from '../compression/negotiate';
import { makeCodedCopies } from './capture';
import { freshPage } from './store';

/** Accept-Encoding values repeat (a few browsers, a few bots): each is read once. */
const codingByHeader = new Map<string, ContentCoding | null>();
function codingFor(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  let coding = codingByHeader.get(acceptEncoding);
  if (coding === undefined) {
    coding = preferredCoding(acceptEncoding);
    if (codingByHeader.size >= 256) codingByHeader.clear();
    codingByHeader.set(acceptEncoding, coding);
  }
  return coding;
}

/**
 * Answers a GET for a kept, fresh page from its ready bytes; false when the request is
 * not one (it then goes on to Nitro as before). Range requests always go to Nitro, and
 * so does a request for a coding whose copy is not made yet (the first asks for it).
 */
export function sendKeptPage(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || req.headers.range !== undefined || req.url === undefined) return false;
  const page = freshPage(req.url);
  if (!page) return false;
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, page.notModifiedHead);
    res.end();
    return true;
  }
  const coding = codingFor(req.headers['accept-encoding']);
  if (coding) {
    const coded = page.coded[coding];
    const head = page.heads[coding];
    if (!coded || !head) {
      makeCodedCopies(page);
      return false;
    }
    res.writeHead(200, head);
    res.end(coded);
  } else {
    res.writeHead(200, page.heads.identity);
    res.end(page.identity);
  }
  return true;
}
