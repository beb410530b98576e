/**
 * Names as people dictate or run them together (issue 19, eighth round, r6): "inner tech" and
 * "initek" for Initech, "glow bex" for Globex, "samrivera" for Sam Rivera — and no new names read
 * out of sentences made of everyday words, including every message of the development conversations.
 */
import path from 'node:path';
import { readEvalCases } from '../../../src/cli/conversation-eval/eval-cases';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { NameMatcher } from '../../../src/dialogs/understanding/entities/name-matcher';
import { SoundAlikeNames, soundKeyOf } from '../../../src/dialogs/understanding/entities/sound-alike-names';
import { generateDemoCrm } from '../../../src/store/seed/generate-demo-crm';
import type { NamedRecord } from '../../../src/vocabulary';

const crm = generateDemoCrm({ anchor: new Date('2026-12-04T12:00:00Z'), scale: 0.2 });
const accounts: NamedRecord[] = crm.accounts.map((a) => ({ id: a._id, name: a.name }));
const contacts: NamedRecord[] = crm.contacts.map((c) => ({
  id: c._id,
  name: `${c.firstName} ${c.lastName}`,
  aliases: [c.lastName],
}));
const reps: NamedRecord[] = crm.users.map((u) => ({ id: u._id, name: u.name }));
const context = { accounts, contacts, reps, now: new Date('2026-12-04T12:00:00Z') };

const bestAccount = (text: string) => extractEntities(text, context).accounts[0]?.name;
const bestRep = (text: string) => {
  const rep = extractEntities(text, context).people.find((p) => p.kind === 'rep');
  return rep?.kind === 'rep' ? rep.candidates[0]?.name : undefined;
};

describe('names said rather than spelt', () => {
  it('keys letters by their sound', () => {
    expect(soundKeyOf('initech')).toBe(soundKeyOf('initek'));
    expect(soundKeyOf('globex')).toBe(soundKeyOf('glowbex'));
    expect(soundKeyOf('acme')).toBe(soundKeyOf('akme'));
  });

  it.each([
    ['inner tech', 'Initech'],
    ['initek', 'Initech'],
    ['glow bex', 'Globex'],
    ['tell me about glow bex', 'Globex'],
    ['open deals for inner tech', 'Initech'],
    ['initek deals', 'Initech'],
    ["glow bex's contacts", 'Globex'],
    ['soylent corp', 'Soylent'],
    ['a cme', 'Acme Corporation'],
    ['brief me on the a cme corporation account', 'Acme Corporation'],
    ['umbrella corporation', 'Umbrella Corporation'],
  ])('account: %s → %s', (text, name) => {
    expect(bestAccount(text)).toBe(name);
  });

  it.each([
    ['samrivera', 'Sam Rivera'],
    ["samrivera's deals", 'Sam Rivera'],
    ['deals for jordanblake', 'Jordan Blake'],
    ["jordan blake's deals", 'Jordan Blake'],
  ])('rep: %s → %s', (text, name) => {
    expect(bestRep(text)).toBe(name);
  });

  it('hears a name only where one is plausible, not inside a sentence', () => {
    expect(bestAccount('which deals did the inner tech team win')).toBeUndefined();
    expect(bestAccount('any news from initek')).toBe('Initech');
  });

  it.each([
    'how fast do you respond to support tickets',
    'whats the api rate limit on enterprise',
    'morning!!',
    'my healthcare accounts',
    'which deals are at risk across my team?',
    'why am i losing deals lately? lost reasons this quarter',
    'what about proposal',
    'how are the leads from saas connect looking',
    'which customers are at risk of leaving us',
    'pricing for business tier?',
    'which of those closes soonest?',
    "marcus johnson's quarter",
    'inner workings of the scoring model',
  ])('no name heard in everyday words: %s', (text) => {
    for (const [records, bySound] of [
      [accounts, true],
      [contacts, false],
      [reps, false],
    ] as const) {
      const found = new NameMatcher(records).find(text);
      const heard = new SoundAlikeNames(records, bySound)
        .find(text, found)
        .filter((c) => !found.some((f) => f.id === c.id && f.score >= c.score));
      expect({ text, heard: heard.map((c) => c.name) }).toEqual({ text, heard: [] });
    }
  });

  it('adds no name to any message of the development conversations but the two said as they sound', () => {
    const sets = ['dev', 'dev-round2', 'dev-qa', 'dev-qa2', 'dev-qa3', 'dev-qa4', 'dev-qa5', 'dev-qa6'];
    const messages = sets.flatMap((set) =>
      readEvalCases(path.join(__dirname, '..', '..', '..', 'eval', 'conversations', `${set}.jsonl`)).flatMap(
        (c) => c.turns,
      ),
    );
    const heardIn: string[] = [];
    for (const [records, bySound] of [
      [accounts, true],
      [contacts, false],
      [reps, false],
    ] as const) {
      const matcher = new NameMatcher(records);
      const sounds = new SoundAlikeNames(records, bySound);
      for (const text of messages) {
        const found = matcher.find(text);
        const heard = sounds
          .find(text, found)
          .filter((c) => !found.some((f) => f.id === c.id && f.score >= c.score));
        if (heard.length > 0) heardIn.push(text);
      }
    }
    expect(messages.length).toBeGreaterThan(1000);
    expect([...new Set(heardIn)].sort()).toEqual([
      'give me a rundown of the a cme corporation account',
      'tell me about glow bex',
    ]);
  });
});
