import { z } from 'zod';
import { ALL_SKILLS } from '../all-skills';

/**
 * The day inputs of every skill: a field that takes "2026-02-28" and refuses words is a calendar day,
 * and must refuse "2026-02-31" too (the pattern alone lets it through, and `Date` reads it as 3 March:
 * a read would then answer about another day than the one asked).
 */
describe('calendar-day inputs of the skills', () => {
  const dayFields = ALL_SKILLS.flatMap((skill) => {
    const input = skill.input as unknown as z.ZodTypeAny;
    const shape = input instanceof z.ZodObject ? (input.shape as Record<string, z.ZodTypeAny>) : {};
    return Object.entries(shape)
      .filter(
        ([, field]) =>
          field.safeParse('2026-02-28').success &&
          !field.safeParse('next tuesday').success &&
          !field.safeParse(28).success,
      )
      .map(([name, field]) => ({ skill: skill.name, name, field }));
  });

  it('finds the day fields of the read skills (query-records, pipeline-summary, catch-up, cases, product sales)', () => {
    const skills = new Set(dayFields.map((f) => f.skill));
    for (const name of [
      'query-records',
      'pipeline-summary',
      'catch-up',
      'list-cases',
      'product-sales',
      'top-leads',
    ])
      expect(skills).toContain(name);
  });

  it.each(['2026-02-31', '2026-04-31', '2026-13-01', '2025-02-29'])('every day field refuses %s', (day) => {
    const accepted = dayFields
      .filter((f) => f.field.safeParse(day).success)
      .map((f) => `${f.skill}.${f.name}`);
    expect(accepted).toEqual([]);
  });

  it('every day field takes a real day, a leap day included', () => {
    const refused = dayFields
      .filter((f) => !f.field.safeParse('2028-02-29').success || !f.field.safeParse('2026-12-04').success)
      .map((f) => `${f.skill}.${f.name}`);
    expect(refused).toEqual([]);
  });
});
