import type { IncomingMessage, ServerResponse } from 'node:http';
import { preferredCoding } from '../compression/negotiate';
import { makeCodedCopies } from './capture';
import { freshPage } from './store';

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
  const coding = preferredCoding(req.headers['accept-encoding']);
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
