import { describe, expect, test } from 'vitest';
import { safeHref } from '../../shared/utils/safe-href';

describe('safeHref', () => {
  test.each([
    ['https://www.ons.gov.uk/x', 'https://www.ons.gov.uk/x'],
    ['http://example.org', 'http://example.org'],
    ['mailto:merger@ldh.nhs.uk', 'mailto:merger@ldh.nhs.uk'],
    ['tel:07717426900', 'tel:07717426900'],
    ['/news/x', '/news/x'],
    ['#section', '#section'],
    // The source documents' "[here](#)" placeholders go nowhere.
    ['#', undefined],
    ['', undefined],
    [null, undefined],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['//evil.example', undefined],
    ['www.blmkstp.co.uk', undefined],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
