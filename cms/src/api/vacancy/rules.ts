import { isWellFormedEmail, isWellFormedWebAddress, present, type Problem, type TypeRules } from '../../validation/rules';

/** Contact e-mail and apply address of a vacancy, when given (checked on every save). */
export function vacancyContactProblems(data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  if (present(data.contactEmail) && !isWellFormedEmail(data.contactEmail.trim())) {
    problems.push({
      path: ['contactEmail'],
      message: `The contact e-mail "${data.contactEmail}" is not a valid e-mail address (for example jobs@example.nhs.uk).`,
    });
  }
  if (present(data.applyUrl) && !isWellFormedWebAddress(data.applyUrl.trim())) {
    problems.push({
      path: ['applyUrl'],
      message: `The apply link "${data.applyUrl}" is not a web address; give the full address starting with https://.`,
    });
  }
  return problems;
}

/**
 * A vacancy can be published only with a closing date that has not passed. The
 * closing date is the last day applications are taken, so today still counts.
 */
export function closingDateProblems(data: Record<string, unknown>, today: string): Problem[] {
  const closingDate = data.closingDate;
  if (!present(closingDate)) {
    return [{ path: ['closingDate'], message: 'A vacancy needs a closing date before it can be published.' }];
  }
  if (closingDate.slice(0, 10) < today) {
    return [
      {
        path: ['closingDate'],
        message: `The closing date ${closingDate.slice(0, 10)} has passed; a vacancy can only be published with a closing date from today (${today}) on.`,
      },
    ];
  }
  return [];
}

/** A vacancy's contact details are checked on every save, its closing date when it goes live. */
export const vacancyRules: TypeRules = {
  save: vacancyContactProblems,
  publish: ({ drafts, today }) => drafts.flatMap((draft) => closingDateProblems(draft, today)),
};
