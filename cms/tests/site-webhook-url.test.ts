import { describe, expect, test } from 'vitest';
import { webhookBaseUrl } from '../src/webhooks/site-revalidate';

// docker compose gives the CMS the site's internal address for the webhook and the
// public one for mails; outside compose SITE_URL alone serves both.
describe('the site webhook address', () => {
  test('SITE_WEBHOOK_URL wins over the public SITE_URL', () => {
    expect(webhookBaseUrl({ SITE_WEBHOOK_URL: 'http://web:3000', SITE_URL: 'https://www.example.nhs.uk' })).toBe('http://web:3000');
  });

  test('without it the public SITE_URL is used', () => {
    expect(webhookBaseUrl({ SITE_URL: ' https://www.example.nhs.uk ' })).toBe('https://www.example.nhs.uk');
    expect(webhookBaseUrl({ SITE_WEBHOOK_URL: '  ', SITE_URL: 'https://www.example.nhs.uk' })).toBe('https://www.example.nhs.uk');
  });

  test('with neither there is no webhook', () => {
    expect(webhookBaseUrl({})).toBeUndefined();
    expect(webhookBaseUrl({ SITE_URL: '' })).toBeUndefined();
  });
});
