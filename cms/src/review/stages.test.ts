import { describe, expect, test } from 'vitest';
import { allowedMoves, moveRefusal, reviewerKind, stageOf, ukDateTime } from './stages';

describe('the review stage rules', () => {
  test('a publisher role wins over any other role someone also holds', () => {
    expect(reviewerKind(['blmk-contributor', 'blmk-comms-officer'])).toBe('publisher');
    expect(reviewerKind(['strapi-super-admin'])).toBe('publisher');
    expect(reviewerKind(['blmk-contributor', 'blmk-recruiter'])).toBe('contributor');
    expect(reviewerKind(['blmk-recruiter'])).toBe('recruiter');
    expect(reviewerKind([])).toBe('other');
  });

  test('entries from before the review count as Draft', () => {
    expect(stageOf(null)).toBe('Draft');
    expect(stageOf('In review')).toBe('In review');
    expect(stageOf('Published')).toBe('Draft');
  });

  test('the moves each person may make from each stage', () => {
    expect(allowedMoves({ kind: 'publisher', isAuthor: false, stage: 'Draft' })).toEqual(['submit']);
    expect(allowedMoves({ kind: 'publisher', isAuthor: false, stage: 'In review' })).toEqual(['approve', 'request-changes']);
    expect(allowedMoves({ kind: 'publisher', isAuthor: true, stage: 'Approved' })).toEqual(['request-changes']);
    expect(allowedMoves({ kind: 'contributor', isAuthor: true, stage: 'Draft' })).toEqual(['submit']);
    expect(allowedMoves({ kind: 'contributor', isAuthor: false, stage: 'Draft' })).toEqual([]);
    expect(allowedMoves({ kind: 'contributor', isAuthor: true, stage: 'In review' })).toEqual([]);
    expect(allowedMoves({ kind: 'recruiter', isAuthor: true, stage: 'Draft' })).toEqual([]);
  });

  test('a refusal says whether it is the role (403) or the stage (409)', () => {
    expect(moveRefusal('approve', { kind: 'contributor', isAuthor: true, stage: 'In review' })?.status).toBe(403);
    expect(moveRefusal('approve', { kind: 'publisher', isAuthor: false, stage: 'Draft' })).toEqual({
      status: 409,
      message: '"Approve" moves an entry from In review; this one is Draft.',
    });
  });

  test('mails give dates day first in UK time', () => {
    expect(ukDateTime(new Date('2026-07-01T13:05:00Z'))).toBe('1 July 2026 at 14:05');
    expect(ukDateTime(new Date('2026-12-07T09:30:00Z'))).toBe('7 December 2026 at 09:30');
  });
});
