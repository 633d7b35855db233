import { expect, test } from 'vitest';
import { SEED } from '../data/index.ts';
import { emptyReport, formatReport } from '../report.ts';

const findings = SEED.flatMap((seed) => seed.findings);

test('the printed report has the counts, what was deleted and every finding, numbered', () => {
  const report = emptyReport(['organisation', 'event'], findings);
  report.counts.organisation.created = 20;
  report.counts.event.alreadyPresent = 4;
  report.counts.event.deletedSinceImport = 1;
  report.deletedSinceImport.push({ type: 'event', key: 'mental-health-in-primary-care-home' });
  const text = formatReport(report);

  expect(text).toContain('IMPORT REPORT');
  expect(text).toMatch(/organisation\s+20\s+0\s+0/);
  expect(text).toMatch(/event\s+0\s+4\s+1/);
  expect(text).toContain('Deleted since import, left alone:\n  - event mental-health-in-primary-care-home');
  expect(text).toContain(`${findings.length}. [`);
  for (const finding of findings) expect(text).toContain(finding.about);
});

test('the findings cover the points the seed decisions say to report', () => {
  const text = formatReport(emptyReport([], findings));
  for (const words of [
    '12.30 am',
    'MK45 1AH',
    'MK42 1AH',
    'NO CLOSING DATE',
    'NO SALARY',
    'To apply click [here](#).',
    '[Follow us on Twitter](#)',
    'Issue date: May 2018',
    'in February',
    'On 7 March',
    'Liz Lees has been appointed',
    'P3.1 Emergency care**',
    'Cathy Jones Programme Director (Priority 3)',
    '2.5** million',
    '* *Macmillan website*',
    'by clicking [here](#).',
    'until March 2020',
    'www.blmkstp.co.uk',
    '| 7 March |',
    'storyDate',
  ]) {
    expect(text).toContain(words);
  }
});
