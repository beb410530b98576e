import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { standingQuestionOf } from '../../../src/dialogs/understanding/standing-question';

// Issue 19 (eighth round, R5): where the caller or a named rep stands against the team or another
// rep. Paraphrases of the need written for the mechanism, and wordings that must not read as one.
const NOW = new Date('2026-12-04T15:00:00Z');

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    reps: [
      { id: 'u-sam', name: 'Sam Rivera' },
      { id: 'u-marcus', name: 'Marcus Johnson' },
      { id: 'u-sophie', name: 'Sophie Laurent' },
    ],
    teams: [],
  });
  return standingQuestionOf(text, entities);
}

describe('where someone stands against the others', () => {
  it.each([
    'how do i compare to the team',
    'how am i doing compared to everyone else',
    'where do i rank on the team',
    'where do i stand against the team',
    'how do i stack up against my teammates',
    'am i ahead of the others this quarter',
    'how am i doing vs the rest of the team',
  ])('"%s" is the caller against the team', (text) => {
    expect(read(text)).toEqual({ subjects: ['me'] });
  });

  it.each<[string, string[]]>([
    ['am i ahead of marcus', ['me', 'Marcus Johnson']],
    ['am i beating sophie?', ['me', 'Sophie Laurent']],
    ['how do i compare to marcus johnson', ['me', 'Marcus Johnson']],
    ['how does sam stack up against the others', ['Sam Rivera']],
    ['where does sophie rank', ['Sophie Laurent']],
    ['is sam ahead of marcus', ['Sam Rivera', 'Marcus Johnson']],
    ['how does marcus compare to sam', ['Marcus Johnson', 'Sam Rivera']],
  ])('"%s" sets %j against the others', (text, subjects) => {
    expect(read(text)).toEqual({ subjects });
  });

  it.each([
    'how does that compare to last year',
    'how do i compare two deals',
    'how do i rank my leads',
    'where do i stand on the acme deal',
    'compare emea and na pipeline',
    'how does your pricing compare to salesforce',
    'am i behind on my tasks',
    'how am i doing',
    'who is behind the acme deal',
    'vs last quarter?',
    'where do things stand for me this quarter',
    'where do i stand',
    'can you brief me on where things stand with them?',
  ])('"%s" is no standing question', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
