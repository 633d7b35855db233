import { isWellFormedEmail, isWellFormedWebAddress, present, type Problem, type TypeRules } from '../../validation/rules';

/** Event registration e-mail and link, when given. */
export function registrationProblems(data: Record<string, unknown>): Problem[] {
  const registration = data.registration as Record<string, unknown> | null | undefined;
  if (!registration || typeof registration !== 'object') return [];
  const problems: Problem[] = [];
  if (present(registration.url) && !isWellFormedWebAddress(registration.url.trim())) {
    problems.push({
      path: ['registration', 'url'],
      message: `The registration link "${registration.url}" is not a web address; give the full address starting with https://.`,
    });
  }
  if (present(registration.email) && !isWellFormedEmail(registration.email.trim())) {
    problems.push({
      path: ['registration', 'email'],
      message: `The registration e-mail "${registration.email}" is not a valid e-mail address.`,
    });
  }
  return problems;
}

/** Event slugs the site uses for pages of its own: /events/past is the past events list. */
const RESERVED_EVENT_SLUGS = ['past'];

/** An event's slug must not be the address of another page on the site. */
export function reservedEventSlugProblems(data: Record<string, unknown>): Problem[] {
  if (typeof data.slug !== 'string' || !RESERVED_EVENT_SLUGS.includes(data.slug)) return [];
  return [{ path: ['slug'], message: `The slug "${data.slug}" is the address of the site's ${data.slug} events list; choose another.` }];
}

/** Minutes since midnight of an HH:mm[:ss[.SSS]] time, or undefined when not a time. */
function minutes(time: unknown): number | undefined {
  if (typeof time !== 'string') return undefined;
  const match = /^(\d{2}):(\d{2})/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export const LONG_SESSION_MINUTES = 12 * 60;

export interface SessionCheck {
  problems: Problem[];
  /** Not errors: sessions over 12 hours are allowed but probably a typo (am/pm). */
  warnings: Problem[];
}

export function sessionProblems(data: Record<string, unknown>): SessionCheck {
  const sessions = Array.isArray(data.sessions) ? (data.sessions as Array<Record<string, unknown>>) : [];
  const check: SessionCheck = { problems: [], warnings: [] };
  sessions.forEach((session, index) => {
    const start = minutes(session.startsAt);
    const end = minutes(session.endsAt);
    if (start === undefined || end === undefined) return;
    const name = `Session ${index + 1}${present(session.date) ? ` (${session.date})` : ''}`;
    const times = `${String(session.startsAt).slice(0, 5)} to ${String(session.endsAt).slice(0, 5)}`;
    if (end <= start) {
      check.problems.push({
        path: ['sessions', String(index), 'endsAt'],
        message: `${name} ends before it starts (${times}); the end time must be after the start time.`,
      });
    } else if (end - start > LONG_SESSION_MINUTES) {
      check.warnings.push({
        path: ['sessions', String(index), 'endsAt'],
        message: `${name} lasts more than 12 hours (${times}); check am and pm.`,
      });
    }
  });
  return check;
}

export const eventRules: TypeRules = {
  save: (data) => [...registrationProblems(data), ...reservedEventSlugProblems(data), ...sessionProblems(data).problems],
  saveWarnings: (data) => sessionProblems(data).warnings,
};
