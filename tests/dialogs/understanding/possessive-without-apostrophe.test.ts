import { extractPeople } from '../../../src/dialogs/understanding/entities/people';

// Issue 19, eleventh round (W9-G): a rep's name typed as a possessive without its apostrophe
// ("whats lenas pipeline", "only sophies") names that rep, as "lena's" does; words that only end in
// "s" name nobody.
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-sophie', name: 'Sophie Laurent' },
  { id: 'u-lena', name: 'Lena Fischer' },
  { id: 'u-james', name: 'James Whitfield' },
  { id: 'u-marcus', name: 'Marcus Johnson' },
  { id: 'u-chloe', name: 'Chloe Tan' },
];

function repOf(text: string): string | undefined {
  const rep = extractPeople(text, REPS).find((person) => person.kind === 'rep');
  return rep?.kind === 'rep' ? rep.candidates[0]?.name : undefined;
}

describe('a rep named as a possessive without its apostrophe', () => {
  it.each<[string, string]>([
    ['whats lenas pipeline', 'Lena Fischer'],
    ['only sophies', 'Sophie Laurent'],
    ['just sophies deals', 'Sophie Laurent'],
    ['how does sams quarter look', 'Sam Rivera'],
    ['pull up chloes open opps', 'Chloe Tan'],
    ['what about lena fischers deals', 'Lena Fischer'],
    ['sophie laurents pipeline', 'Sophie Laurent'],
    // Names that end in "s" themselves stay as they are.
    ['james deals', 'James Whitfield'],
    ['how is marcus doing', 'Marcus Johnson'],
    ["lena's pipeline", 'Lena Fischer'],
  ])('"%s" names %s', (text, name) => {
    expect(repOf(text)).toBe(name);
  });

  it.each([
    'whats the status of my deals',
    'how many wins this quarter',
    'show me the leads',
    'any renewals closing soon',
    'what are the odds on acme',
    'lenses and cameras',
    'how are sales',
    'list my contacts',
  ])('"%s" names no rep', (text) => {
    expect(repOf(text)).toBeUndefined();
  });
});
