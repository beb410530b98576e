/**
 * Names dictated across word boundaries (issue 19, ninth round, w5d): voice dictation hears
 * "Initech" as "in a tech" and "Wayne Enterprises" as "way in enterprises" — small words such as
 * "in", "a", "on" inside the name. Such a span is a name only when its letters, joined, sound
 * exactly like one; everyday phrases with the same small words ("in a week", "way in", "on a call")
 * never become names. And a misspelt name far closer to one account than to any other ("acne
 * corporation") is read as that account, where a name is expected.
 */
import path from 'node:path';
import { readEvalCases } from '../../../src/cli/conversation-eval/eval-cases';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { NameMatcher } from '../../../src/dialogs/understanding/entities/name-matcher';
import { SoundAlikeNames } from '../../../src/dialogs/understanding/entities/sound-alike-names';
import { generateDemoCrm } from '../../../src/store/seed/generate-demo-crm';
import type { NamedRecord } from '../../../src/vocabulary';

const crm = generateDemoCrm({ anchor: new Date('2026-12-04T00:00:00Z'), scale: 0.2 });
const accounts: NamedRecord[] = crm.accounts.map((a) => ({ id: a._id, name: a.name }));
const context = { accounts, now: new Date('2026-12-04T15:00:00Z') };

/** The account a message names, when it names one confidently enough to act on (0.9). */
const readAccount = (text: string) => {
  const best = extractEntities(text, context).accounts[0];
  return best && best.score >= 0.9 ? best.name : undefined;
};

describe('names dictated across word boundaries', () => {
  it.each([
    ['ok so whats going on with in a tech right now like the deals and stuff', 'Initech'],
    ['hey who is the main contact over at in a tech i need to call them back', 'Initech'],
    ['tell me about in a tech', 'Initech'],
    ['in a tech', 'Initech'],
    ["in a tech's open deals", 'Initech'],
    ['way in enterprises renewal the annual one when is it supposed to close', 'Wayne Enterprises'],
    ['open deals for way in enterprises', 'Wayne Enterprises'],
    ['any news from way in enterprises', 'Wayne Enterprises'],
    ['who owns the way in enterprises account', 'Wayne Enterprises'],
  ])('%s → %s', (text, name) => {
    expect(readAccount(text)).toBe(name);
  });

  it.each([
    'what closes in a week',
    'remind me in a week',
    'way in over my head with these renewals',
    'i was on a call with them yesterday',
    'deals closing in a month',
    'which deals are in a good place',
    'log a call in an hour',
    'can you get back to me in a bit',
    'way in the future, what does q4 look like',
    'who is on a team with priya',
    'how do i put a deal on a hold',
  ])('no name heard in everyday words: %s', (text) => {
    const found = new NameMatcher(accounts).find(text);
    const heard = new SoundAlikeNames(accounts, true)
      .find(text, found)
      .filter((c) => !found.some((f) => f.id === c.id && f.score >= c.score));
    expect({ text, heard: heard.map((c) => c.name) }).toEqual({ text, heard: [] });
    expect({ text, read: readAccount(text) }).toEqual({ text, read: undefined });
  });
});

describe('a misspelt name far closer to one account than to any other', () => {
  it.each([
    ['show me the open deals at acne corporation please', 'Acme Corporation'],
    ['tell me about acne corporation', 'Acme Corporation'],
    ['deals for umbrela corporation', 'Umbrella Corporation'],
    ['what is open at vertexstar publshing', 'Vertexstar Publishing Corp.'],
    ['contacts at wayne enterprizes', 'Wayne Enterprises'],
    ['open deals at summitforge partnrs', 'Summitforge Partners'],
  ])('%s → %s', (text, name) => {
    const best = extractEntities(text, context).accounts[0];
    expect({ name: best?.name, confident: (best?.score ?? 0) >= 0.9, heard: best?.bySound }).toEqual({
      name,
      confident: true,
      heard: true,
    });
  });

  it.each([
    // Two names equally near: the person is asked.
    'open deals at acme',
    'tell me about globex',
    // A short everyday word one letter from a name, with no legal form typed with it.
    'deals at acne',
    // Two letters off is another company.
    'brightcart',
    // Not where a name is expected.
    'how is my pipeline looking',
  ])('not read as another account: %s', (text) => {
    const best = extractEntities(text, context).accounts[0];
    expect({
      text,
      corrected: best?.bySound && best.score >= 0.9 && best.text !== best.name.toLowerCase(),
    }).toEqual({
      text,
      corrected: undefined,
    });
  });

  it('reads a name not as typed in no message of the development conversations but the dictated ones', () => {
    const sets = [
      'dev',
      'dev-round2',
      'dev-qa',
      'dev-qa2',
      'dev-qa3',
      'dev-qa4',
      'dev-qa5',
      'dev-qa6',
      'dev-qa7',
      'dev-qa8',
      'dev-qa9',
    ];
    const messages = sets.flatMap((set) =>
      readEvalCases(path.join(__dirname, '..', '..', '..', 'eval', 'conversations', `${set}.jsonl`)).flatMap(
        (c) => c.turns,
      ),
    );
    // Read confidently (enough to act on) by its sound, its spacing or as a clear misspelling.
    const heardIn = messages.filter((text) =>
      extractEntities(text, context).accounts.some((c) => c.bySound && c.score >= 0.9),
    );
    expect(messages.length).toBeGreaterThan(1500);
    expect([...new Set(heardIn)].sort()).toEqual([
      'give me a quick rundown on glow bex before my meeting',
      'give me a rundown of the a cme corporation account',
      'hey who is the main contact over at in a tech i need to call them back',
      'ok so whats going on with in a tech right now like the deals and stuff',
      'show me the open deals at acne corporation please',
      'tell me about glow bex',
      'way in enterprises renewal the annual one when is it supposed to close',
    ]);
  });
});
