import { describe, expect, test } from 'vitest';
import { isCompressibleType, preferredCoding, varyWithAcceptEncoding } from '../../server/compression/negotiate';

describe('choosing the coding of a response', () => {
  test('brotli first, gzip next, nothing when none is asked for or all are refused', () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('*;q=0, gzip')).toBe('gzip');
    expect(preferredCoding('identity')).toBeNull();
    expect(preferredCoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredCoding('')).toBeNull();
    expect(preferredCoding(undefined)).toBeNull();
    expect(preferredCoding(['deflate', 'gzip'])).toBe('gzip');
  });

  test('text the site writes is compressed; media is not', () => {
    for (const type of ['text/html;charset=utf-8', 'application/rss+xml; charset=utf-8', 'application/atom+xml', 'application/json', 'application/feed+json', 'application/xml', 'text/plain']) {
      expect(isCompressibleType(type), type).toBe(true);
    }
    for (const type of ['image/jpeg', 'application/pdf', 'font/woff2', undefined]) expect(isCompressibleType(type), String(type)).toBe(false);
  });

  test('Vary names Accept-Encoding once, beside what it named before', () => {
    expect(varyWithAcceptEncoding(undefined)).toBe('Accept-Encoding');
    expect(varyWithAcceptEncoding('Origin')).toBe('Origin, Accept-Encoding');
    expect(varyWithAcceptEncoding('origin, accept-encoding')).toBe('origin, accept-encoding');
    expect(varyWithAcceptEncoding('*')).toBe('*');
  });
});
