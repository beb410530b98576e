import { extractPeople } from '../../../src/dialogs/understanding/entities/people';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, thirteenth round (W14-M): a manager names reps by surname alone ("hows chen doing this
// quarter", "what did fischer close last month", "johnson's biggest open deal") and sets two of them
// side by side by surname ("win rate rivera vs johnson this year", "compare laurent and whitfield").
// A colleague's surname, as typed or one letter off, where a person's name is plausible, is that
// colleague; a surname said of a contact or an account as typed, after "the / our / my ...", or
// shared by two colleagues names nobody.
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

/** Every colleague a message names surely enough for a record question to act on (0.8), in order. */
function usersOf(text: string, users = USERS): string[] {
  const rep = extractPeople(text, users).find((person) => person.kind === 'rep');
  if (rep?.kind !== 'rep') return [];
  return [...new Set(rep.candidates.filter((c) => c.score >= 0.8).map((c) => c.name))];
}

describe('a colleague named by surname alone', () => {
  it.each<[string, string]>([
    ['hows chen doing this quarter', 'Olivia Chen'],
    ['what did fischer close last month', 'Lena Fischer'],
    ["johnson's biggest open deal", 'Marcus Johnson'],
    ["laurent's open pipeline, by currency pls", 'Sophie Laurent'],
    ['how did rivera do last month', 'Sam Rivera'],
    ['and chen?', 'Olivia Chen'],
    ['pipeline for whitfield', 'James Whitfield'],
    ['HOW IS WHITFEILD DOING', 'James Whitfield'],
    ['whitfields deals closing this month', 'James Whitfield'],
    ['has watanabe closed anything this week', 'Kenji Watanabe'],
    ['fischer?', 'Lena Fischer'],
    ['how is Johnsen going this quarter', 'Marcus Johnson'],
  ])('"%s" names %s', (text, name) => {
    expect(usersOf(text)).toEqual([name]);
  });

  it.each<[string, string[]]>([
    ['win rate rivera vs johnson this year', ['Sam Rivera', 'Marcus Johnson']],
    ['compare laurent and whitfield, won this year', ['Sophie Laurent', 'James Whitfield']],
    ['fischer versus laurent on pipeline', ['Lena Fischer', 'Sophie Laurent']],
    ['sam vs johnson this quarter', ['Sam Rivera', 'Marcus Johnson']],
    ['is chen ahead of rivera', ['Olivia Chen', 'Sam Rivera']],
  ])('"%s" names %j', (text, names) => {
    expect(usersOf(text)).toEqual(names);
  });

  it.each([
    // After a determiner, a word is a thing.
    'how is the park doing',
    'show me the fischer deals',
    // Too short to tell from everyday words ("tan", "kim", "lee").
    'how is tan doing',
    'deals with lee',
    // Everyday words one letter off a surname are not it.
    'how is the river project doing',
    'what did we close last month',
    'how many deals closed this month',
    'who is the contact',
  ])('"%s" names no colleague', (text) => {
    expect(usersOf(text)).toEqual([]);
  });

  it('a surname two colleagues share names neither', () => {
    const users = [
      { id: 'u-ann', name: 'Ann Baker' },
      { id: 'u-tom', name: 'Tom Baker' },
      { id: 'u-eve', name: 'Eve Stone' },
    ];
    expect(usersOf('how is baker doing', users)).toEqual([]);
    expect(usersOf('how is stone doing', users)).toEqual(['Eve Stone']);
  });

  it('a surname typed as part of a contact or an account is theirs, not a colleague', () => {
    const contacts = [{ id: 'c-dj', name: 'David Johnson' }];
    const accounts = [{ id: 'a-rf', name: 'Rivera Foods' }];
    const repOf = (text: string) => {
      const rep = extractEntities(text, { reps: USERS, contacts, accounts }).people.find(
        (p) => p.kind === 'rep',
      );
      return rep?.kind === 'rep' ? rep.candidates.filter((c) => c.score >= 0.8).map((c) => c.name) : [];
    };
    expect(repOf('email for david johnson')).toEqual([]);
    expect(repOf('how is rivera foods doing')).toEqual([]);
    expect(repOf("johnson's biggest open deal")).toEqual(['Marcus Johnson']);
  });

  it("a colleague's surname stays the colleague when contacts only share it (the full demo CRM has 37 … Riveras)", () => {
    const contacts = [
      'Mateo Rivera',
      'Rafael Rivera',
      'Renata Rivera',
      'Lisa Johnson',
      'Camille Andersson',
    ].map((name) => ({ id: name, name }));
    const repsOf = (text: string) => {
      const rep = extractEntities(text, { reps: USERS, contacts, accounts: [] }).people.find(
        (p) => p.kind === 'rep',
      );
      return rep?.kind === 'rep' ? rep.candidates.filter((c) => c.score >= 0.8).map((c) => c.name) : [];
    };
    expect(repsOf('win rate rivera vs johnson this year')).toEqual(['Sam Rivera', 'Marcus Johnson']);
    expect(repsOf('how did rivera do last month')).toEqual(['Sam Rivera']);
    expect(repsOf('email for mateo rivera')).toEqual([]);
    expect(repsOf('how is lisa johnson doing')).toEqual([]);
  });
});

describe('a surname read into the record question', () => {
  const reader = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), { reps: USERS });

  it.each<[string, string]>([
    ['hows chen doing this quarter', 'Olivia Chen'],
    ['what did fischer close last month', 'Lena Fischer'],
    ["johnson's biggest open deal", 'Marcus Johnson'],
    ["laurent's open pipeline", 'Sophie Laurent'],
  ])('"%s" is %s\'s', (text, name) => {
    expect(reader.parse(text)?.query.owner).toEqual({ rep: name });
  });

  it('two surnames are the two reps side by side', () => {
    expect(reader.queryOf('compare laurent and whitfield, won this year')?.reps).toEqual([
      'Sophie Laurent',
      'James Whitfield',
    ]);
  });

  it('a question with no colleague named keeps its owner', () => {
    expect(reader.parse('what did we close last month')?.query.owner).toEqual({ scope: 'team' });
    expect(reader.parse('hows my pipeline this quarter')?.query.owner).toEqual({ scope: 'mine' });
  });
});
