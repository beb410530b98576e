import { z } from 'zod';

/**
 * A day of the calendar written YYYY-MM-DD. The pattern alone lets "2026-02-31" through, and
 * `Date` rolls it over to 3 March: a write must refuse it rather than save another day.
 */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00.000Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  }, 'not a day of the calendar');
