import { z } from 'zod';
import { calendarDaySchema } from './calendar-day-schema';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day (`2026-05-01`) or an ISO date-time. A bare day means noon UTC of that day, which is the
 * same calendar day in every time zone from UTC-11 to UTC+11.
 */
export function instantOf(text: string): Date {
  return new Date(DAY_ONLY.test(text) ? `${text}T12:00:00Z` : text);
}

/**
 * A zod field for a day or date-time, with a message that shows the expected form. The day part
 * must be a day of the calendar: "2026-02-31" is refused rather than saved as 3 March.
 */
export function instantField(what: string) {
  return z
    .string()
    .trim()
    .refine(
      (text) =>
        (DAY_ONLY.test(text) || /^\d{4}-\d{2}-\d{2}T/.test(text)) &&
        calendarDaySchema.safeParse(text.slice(0, 10)).success &&
        !Number.isNaN(instantOf(text).getTime()),
      {
        message: `${what} must be a day like 2026-05-01 or a date-time like 2026-05-01T14:30:00Z`,
      },
    );
}
