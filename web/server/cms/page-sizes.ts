/** How many news items a page of the news list shows. */
export const NEWS_PAGE_SIZE = 10;
/** How many briefs a page of the brief list shows (a year's issues). */
export const BRIEFS_PAGE_SIZE = 12;
/** How many vacancies a page of the vacancy list shows. */
export const VACANCIES_PAGE_SIZE = 20;
/** How many leadership updates a page of the leadership list shows. */
export const LEADERSHIP_PAGE_SIZE = 20;
/** How many events a page of the upcoming or past events list shows. */
export const EVENTS_PAGE_SIZE = 10;
