/** What GET /blmk/review/:model/:documentId answers (cms/src/review/moves.ts reviewFor). */
export interface Review {
  stage: 'Draft' | 'In review' | 'Approved';
  by: string | null;
  at: string | null;
  comment: string | null;
  author: string | null;
  reviewRequired: boolean;
  moves: Array<'submit' | 'approve' | 'request-changes'>;
}

/** One entry of GET /blmk/review/waiting. */
export interface WaitingItem {
  uid: string;
  documentId: string;
  title: string;
  by: string | null;
  at: string | null;
}
