import type { VacancyContractType, VacancySalary } from '@blmk/shared-types';

const CONTRACT_TYPE_LABELS: Record<VacancyContractType, string> = {
  permanent: 'Permanent',
  'fixed-term': 'Fixed term',
  secondment: 'Secondment',
  'secondment-or-fixed-term': 'Secondment or fixed term',
  bank: 'Bank',
  apprenticeship: 'Apprenticeship',
};

export function contractTypeLabel(type: VacancyContractType | null | undefined): string | undefined {
  return type ? CONTRACT_TYPE_LABELS[type] : undefined;
}

const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

/** "£30,000", or "£12.50" when there are pence. */
function pounds(amount: number): string {
  return Number.isInteger(amount) ? wholePounds.format(amount) : poundsAndPence.format(amount);
}

const PERIOD_WORDS = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' } as const;

/** "£50,819 to £58,353 a year"; undefined when the advert gives no pay. */
export function formatSalary(salary: Pick<VacancySalary, 'min' | 'max' | 'period'> | null | undefined): string | undefined {
  if (!salary || (salary.min == null && salary.max == null)) return undefined;
  const per = salary.period ? ` ${PERIOD_WORDS[salary.period]}` : '';
  const { min, max } = salary;
  if (min != null && max != null && min !== max) return `${pounds(min)} to ${pounds(max)}${per}`;
  if (min != null && max != null) return `${pounds(min)}${per}`;
  if (min != null) return `From ${pounds(min)}${per}`;
  return `Up to ${pounds(max as number)}${per}`;
}

/** "37.5 hours a week"; undefined when not given. */
export function formatHours(hoursPerWeek: number | null | undefined): string | undefined {
  if (hoursPerWeek == null) return undefined;
  return `${hoursPerWeek} ${hoursPerWeek === 1 ? 'hour' : 'hours'} a week`;
}
