import { extractPeople } from '../../../src/dialogs/understanding/entities/people';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';

// Issue 19, twelfth round (W12-P): colleagues are named by a first name typed as it sounds or one
// letter off ("how is sofie doing", "how is oliva going this quarter") or by a whole name misspelt
// with a possessive ("sofie laurents biggest open deal"). Such a name is read as the one user it is
// clearly closest to, where a person's name is plausible; everyday words and names as close to two
// users name nobody.
const USERS = [
  'Morgan Lee',
  'Sam Rivera',
  'Olivia Chen',
  'Marcus Johnson',
  'Sophie Laurent',
  'James Whitfield',
  'Lena Fischer',
  'Priya Nair',
  'Kenji Watanabe',
  'Chloe Tan',
  "Liam O'Connor",
  'Camila Rojas',
  'Diego Fernandes',
  'Valentina Cruz',
  'Alex Kim',
  'Jordan Blake',
  'Riley Park',
  'Anna Kowalski',
  'Noah Singh',
].map((name) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name }));

/** The rep a message names, when it is sure enough for a record question to act on (0.8). */
function userOf(text: string, users = USERS): string | undefined {
  const rep = extractPeople(text, users).find((person) => person.kind === 'rep');
  const best = rep?.kind === 'rep' ? rep.candidates[0] : undefined;
  return best && best.score >= 0.8 ? best.name : undefined;
}

describe('a colleague named with a misspelt name', () => {
  it.each<[string, string]>([
    ['how is sofie doing', 'Sophie Laurent'],
    ['how is oliva going this quarter', 'Olivia Chen'],
    ['sofie laurents biggest open deal', 'Sophie Laurent'],
    ['how is markus doing', 'Marcus Johnson'],
    ["oliva's pipeline", 'Olivia Chen'],
    ['what has sofie closed this month', 'Sophie Laurent'],
    ['pipeline for camilla', 'Camila Rojas'],
    ['oliva chens deals', 'Olivia Chen'],
    ['sofie?', 'Sophie Laurent'],
    // Names as typed are unchanged.
    ['how is sophie doing', 'Sophie Laurent'],
    ["marcus's biggest open deal", 'Marcus Johnson'],
  ])('"%s" names %s', (text, name) => {
    expect(userOf(text)).toBe(name);
  });

  it.each([
    'how are the games going',
    'how is the forecast doing',
    'show me the organ deals',
    'how is our close rate doing',
    'what is the status of my deals',
    'how many deals closed this month',
    'how are sales going this quarter',
    'who is the contact',
  ])('"%s" names no colleague', (text) => {
    expect(userOf(text)).toBeUndefined();
  });

  it('a misspelling as close to two colleagues names neither', () => {
    const users = [
      { id: 'u-mara', name: 'Mara Stone' },
      { id: 'u-maria', name: 'Maria Lopez' },
      { id: 'u-marta', name: 'Marta Diaz' },
    ];
    expect(userOf('how is marla doing', users)).toBeUndefined();
    expect(userOf('how is marta doing', users)).toBe('Marta Diaz');
  });
});

describe('a misspelt colleague beside the contacts and accounts', () => {
  const contacts = [{ id: 'c-camille', name: 'Camille Dubois' }];
  const repOf = (text: string) => {
    const rep = extractEntities(text, { reps: USERS, contacts }).people.find((p) => p.kind === 'rep');
    return rep?.kind === 'rep' ? rep.candidates[0]?.name : undefined;
  };

  it('reads a contact named as typed as the contact, not a colleague misspelt', () => {
    expect(repOf('log a call with camille')).toBeUndefined();
    expect(repOf('how is camille dubois doing')).toBeUndefined();
  });

  it('still reads a misspelling that names no contact', () => {
    expect(repOf('how is sofie doing')).toBe('Sophie Laurent');
    expect(repOf('pipeline for camilla')).toBe('Camila Rojas');
  });
});
