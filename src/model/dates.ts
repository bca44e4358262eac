// Dates as the data and the command line write them: YYYY-MM-DD, and a day
// that is on the calendar (no 30 February, no month 13). One rule for both,
// so that a date the data accepts is one `data --check --today` would too.

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is YYYY-MM-DD and names a real day. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}
