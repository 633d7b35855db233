/** Why a CMS request failed: the CMS answered with an error, or it could not be reached in time. */
export type CmsErrorReason = 'response' | 'unreachable' | 'timeout' | 'invalid-response';

/**
 * A failed CMS request. `status` is the CMS's HTTP status when it answered, and 503
 * when it could not be reached (or answered with something that is not Strapi JSON),
 * so callers can pass it straight on as "service unavailable".
 */
export class CmsError extends Error {
  override readonly name = 'CmsError';
  readonly status: number;
  readonly reason: CmsErrorReason;
  /** The path and query that failed, without the CMS's address. */
  readonly request: string;

  constructor(status: number, message: string, reason: CmsErrorReason, request: string, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.reason = reason;
    this.request = request;
  }

  get unavailable(): boolean {
    return this.reason !== 'response' || this.status >= 500;
  }
}

export function isCmsError(error: unknown): error is CmsError {
  return error instanceof CmsError;
}
