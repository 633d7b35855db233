import { describe, expect, test } from 'vitest';
import { corsOrigins } from './cors';

describe('corsOrigins', () => {
  test('defaults to the origins of SITE_URL, PUBLIC_URL and ADMIN_URL', () => {
    expect(corsOrigins({ SITE_URL: 'https://www.blmk.nhs.uk/', PUBLIC_URL: 'https://cms.blmk.nhs.uk/some/path' })).toEqual([
      'https://www.blmk.nhs.uk',
      'https://cms.blmk.nhs.uk',
    ]);
    expect(corsOrigins({})).toEqual([]);
  });

  test('CORS_ORIGINS replaces the defaults, trimmed and deduplicated', () => {
    expect(corsOrigins({ SITE_URL: 'https://www.blmk.nhs.uk', CORS_ORIGINS: ' https://a.test , https://a.test/,http://b.test:8080,' })).toEqual([
      'https://a.test',
      'http://b.test:8080',
    ]);
  });

  test.each([
    ['*', /"\*" is not allowed/],
    ['a.test', /is not a URL/],
    ['ftp://a.test', /must start with https:\/\//],
    ['https://user:pw@a.test', /must not hold credentials/],
  ])('refuses %s', (value, message) => {
    expect(() => corsOrigins({ CORS_ORIGINS: value })).toThrow(message);
  });
});
