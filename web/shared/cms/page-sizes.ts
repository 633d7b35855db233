/** How many news items a page of the news list shows. */
export const NEWS_PAGE_SIZE = 10;
