import type { VacancyContractType, VacancySalary } from '@blmk/shared-types';
import { intlLocale, type Translate } from './translate';

/** "Permanent", "Stały"…: the contract type in the reader's language. */
export function contractTypeLabel(type: VacancyContractType | null | undefined, t: Translate): string | undefined {
  return type ? t(`vacancies.contractTypes.${type}`) : undefined;
}

/** "£30,000" (en), "30 000 £" (pl), or "£12.50" when there are pence. */
function pounds(amount: number, locale: string): string {
  const digits = Number.isInteger(amount) ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2 };
  // narrowSymbol: "£" in every language (pl and ro would otherwise write "GBP").
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol', ...digits }).format(amount);
}

/** "£50,819 to £58,353 a year" in the reader's words; undefined when the advert gives no pay. */
export function formatSalary(salary: Pick<VacancySalary, 'min' | 'max' | 'period'> | null | undefined, t: Translate, locale: string): string | undefined {
  if (!salary || (salary.min == null && salary.max == null)) return undefined;
  const { min, max } = salary;
  let amount: string;
  if (min != null && max != null && min !== max) amount = t('vacancies.salaryRange', { min: pounds(min, locale), max: pounds(max, locale) });
  else if (min != null && max != null) amount = pounds(min, locale);
  else if (min != null) amount = t('vacancies.salaryFrom', { min: pounds(min, locale) });
  else amount = t('vacancies.salaryUpTo', { max: pounds(max as number, locale) });
  return salary.period ? t(`vacancies.salaryPer.${salary.period}`, { amount }) : amount;
}

/** "37.5 hours a week" in the reader's words; undefined when not given. */
export function formatHours(hoursPerWeek: number | null | undefined, t: Translate, locale: string): string | undefined {
  if (hoursPerWeek == null) return undefined;
  const hours = new Intl.NumberFormat(intlLocale(locale)).format(hoursPerWeek);
  return t('vacancies.hoursPerWeek', { hours }, hoursPerWeek);
}
