import type { PartialDate } from '../claims/claim';
import type { CalendarDate } from '../factbase/schema';

/** A date as read, in the schema's shape: a day only with a month, a season only without one. */
export function calendarDate(d: PartialDate, year: number): CalendarDate {
  const { month, day, season } = d;
  return { year, ...(month ? { month } : {}), ...(month && day ? { day } : {}), ...(!month && season ? { season } : {}) };
}
