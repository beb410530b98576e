import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { interactionDraftFrom } from '../../src/dialogs/intents/crm-write-requests';
import { withDeadlineFollowUp } from '../../src/dialogs/intents/interaction-deadline';
import type { Understanding } from '../../src/dialogs/routing/understanding';
import { extractEntities } from '../../src/dialogs/understanding/entities/extract-entities';
import { NameMatcher } from '../../src/dialogs/understanding/entities/name-matcher';
import { SoundAlikeNames } from '../../src/dialogs/understanding/entities/sound-alike-names';
import { dealsMatching } from '../../src/skills/shared/deal-lookup';
import { generateDemoCrm } from '../../src/store/seed/generate-demo-crm';
import type { NamedRecord } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twelfth round (w12w): write requests said to a phone. Speech-to-text writes no colon
// ("log a call with bill lumbergh at initech he wants the revised quote by friday") and splits names
// ("globe ex" for Globex, "a cme" for Acme, "roll out" for a deal's "rollout"). "Now" is Friday
// 4 December 2026, as in the conversation evaluation.
const NOW = new Date('2026-12-04T15:00:00Z');
const SAM = 'sam.rivera@demo.crmpro.dev';
const crm = generateDemoCrm({ anchor: new Date('2026-12-04T00:00:00Z'), scale: 0.2 });
const accounts: NamedRecord[] = crm.accounts.map((a) => ({ id: a._id, name: a.name }));
const clock = { now: NOW, timezone: 'America/Chicago' };

/** The log request's draft as the handler makes it, with the account names the understander reads. */
const draftOf = (text: string) => {
  const entities = extractEntities(text, { accounts, now: NOW, timeZone: clock.timezone });
  const understanding = { intent: 'log_interaction', confidence: 1, entities } as unknown as Understanding;
  return withDeadlineFollowUp(interactionDraftFrom(text, understanding, {}, clock), clock);
};

describe('a call logged without a colon: what was said follows the person and the account', () => {
  it.each([
    [
      'log a call with bill lumbergh at initech he wants the revised quote by friday',
      'bill lumbergh',
      'initech',
      'he wants the revised quote by friday',
    ],
    [
      'log a call with bill at initech they are moving the renewal to january',
      'bill',
      'initech',
      'they are moving the renewal to january',
    ],
    [
      'just had a call with jane at acme corporation she needs the security questionnaire',
      'jane',
      'acme',
      'she needs the security questionnaire',
    ],
    ['log a call with globex they want a demo next week', undefined, 'globex', 'they want a demo next week'],
    [
      'log a meeting with bill lumbergh at initech yesterday afternoon walked them through the roadmap',
      'bill lumbergh',
      'initech',
      'walked them through the roadmap',
    ],
    [
      'note for initech legal is still reviewing the msa',
      undefined,
      'initech',
      'legal is still reviewing the msa',
    ],
    [
      'log a call with nancy at globex budget approved for q1 rollout',
      'nancy',
      'globex',
      'budget approved for q1 rollout',
    ],
  ])('"%s"', (text, contact, account, summary) => {
    const draft = draftOf(text);
    expect({
      contact: draft.contactMention?.toLowerCase(),
      account: draft.accountMention?.toLowerCase(),
      summary: draft.summary,
    }).toEqual({ contact, account, summary });
  });

  it('a day said after the account is when it happened, not what was said', () => {
    const draft = draftOf('log a meeting with bill at initech yesterday they signed the order form');
    expect(draft.summary).toBe('they signed the order form');
    expect(draft.when?.slice(0, 10)).toBe('2026-12-03');
  });

  it.each([
    // Nothing said: the dialog asks what it was about.
    'log a call with bill lumbergh at initech',
    'log a call with bill at initech yesterday',
    // Words that carry the request on, or too few to be a sentence of their own.
    'log a call with bill lumbergh at initech for the renewal deal',
    'log a call with bill at initech on the phone',
    'log a call with the initech procurement team',
    'log a call with bill at initech and set a reminder',
  ])('no summary read from "%s"', (text) => {
    expect(draftOf(text).summary).toBeUndefined();
  });

  it('a colon, a comma or "about" still say where the summary starts', () => {
    expect(draftOf('log a call with bill at initech: pricing, he wants two years').summary).toBe(
      'pricing, he wants two years',
    );
    expect(draftOf('log a call with bill at initech about pricing he wants two years').summary).toBe(
      'pricing he wants two years',
    );
  });
});

describe('a day something is due by is the follow-up task day', () => {
  it.each([
    ['log a call with bill at initech he wants the revised quote by friday', '2026-12-11'],
    ['log a call with bill at initech: needs the proposal before the 15th', '2026-12-15'],
    ['log a call with bill at initech he wants pricing no later than next week', '2026-12-07'],
    ['log a call with bill at initech legal signs off by the end of the month', '2026-12-31'],
    ['log a call with bill at initech, wants a demo by next tuesday', '2026-12-08'],
    ['log a call with bill at initech he needs the msa by monday', '2026-12-07'],
  ])('"%s" → follow-up due %s', (text, due) => {
    expect(draftOf(text).followUp).toEqual({ due });
  });

  it.each([
    'log a call with bill at initech he called by phone from the airport',
    'log a call with bill at initech he wants the revised quote',
    'log a call with bill at initech: they went by the book on pricing',
  ])('no day: "%s"', (text) => {
    expect(draftOf(text).followUp).toBeUndefined();
  });

  it('a follow-up the request asks for keeps its own day', () => {
    expect(
      draftOf('log a call with bill at initech: quote by friday, follow up in january').followUp,
    ).toEqual({ due: '2027-01-01' });
  });
});

describe('an account name dictated as two words, wherever the sentence has it', () => {
  const heard = (text: string) =>
    extractEntities(text, { accounts, now: NOW })
      .accounts.filter((c) => c.score >= 0.9)
      .map((c) => c.name)[0];

  it.each([
    ['which segment is a cme in', 'Acme Corporation'],
    ['what stage is a cme at', 'Acme Corporation'],
    ['how is a cme doing', 'Acme Corporation'],
    ['what segment is globe ex in', 'Globex'],
    ['is globe ex at risk of churning', 'Globex'],
    ['move the globe ex new region roll out q4 deal to negotiation', 'Globex'],
  ])('"%s" → %s', (text, name) => {
    expect(heard(text)).toBe(name);
  });

  it.each([
    'is it a go for friday',
    'which deals are on hold',
    'what did i miss a week ago',
    'show me a demo of the forecast',
    'is there any news on the renewal',
    'how is my pipe line looking',
    'what is a good time to call',
    'which deals slipped out of q4',
  ])('no name heard outside a name slot in "%s"', (text) => {
    const found = new NameMatcher(accounts).find(text);
    const alike = new SoundAlikeNames(accounts, true)
      .find(text, found)
      .filter((c) => c.score >= 0.9 && !found.some((f) => f.id === c.id && f.score >= c.score));
    expect({ text, heard: alike.map((c) => c.name) }).toEqual({ text, heard: [] });
  });
});

describe('in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const idOf = async (name: string) => String((await world.services.store.accounts.findOne({ name }))!._id);

  it.each([
    ['initech plat form roll out', 'Initech - Platform rollout Q4 2026'],
    ['initech plat-form roll-out', 'Initech - Platform rollout Q4 2026'],
    ['initech plat form', 'Initech - Platform rollout Q4 2026'],
    ['Initech platform rollout', 'Initech - Platform rollout Q4 2026'],
    // Acme's rollouts are all closed: "roll out" finds them, not an open deal of other words.
    ['acme roll out', undefined],
    ['globex inte gration package', 'Globex - Integration package Q1 2027'],
    ['globex integration pack age', 'Globex - Integration package Q1 2027'],
  ])('the deal "%s" is %s, spaces and hyphens aside', async (mention, name) => {
    const open = (await dealsMatching(world.services.store, mention)).filter((d) =>
      /prospecting|qualification|proposal|negotiation/.test(d.stage),
    );
    expect(open[0]?.name).toBe(name);
  });

  it('logs a dictated call with what was said, and offers the follow-up on the day it is due by', async () => {
    const chat = new ChatDriver(world.services, 'c-dictated-call', { localUser: SAM });
    const [confirm] = await chat.say(
      'log a call with bill lumbergh at initech he wants the revised quote by friday',
    );
    expect(confirm!.text).toBe(
      'Log a call with Bill Lumbergh at Initech on 4 Dec: "he wants the revised quote by friday"? (yes/no)',
    );
    const [saved, offer] = await chat.say('yes');
    expect(saved!.text).toBe('Logged the call with Bill Lumbergh at Initech.');
    const [logged] = await world.services.store.interactions.find({
      summary: 'he wants the revised quote by friday',
    });
    expect(String(logged!.accountId)).toBe(await idOf('Initech'));
    expect(logged!.type).toBe('call');
    expect(offer!.text).toMatch(/due 11 Dec\? \(yes \/ no \/ another day\)$/);
    await chat.say('yes');
    const [task] = await world.services.store.tasks.find({ interactionId: logged!._id });
    expect(task!.dueAt?.toISOString().slice(0, 10)).toBe('2026-12-11');
  }, 120_000);

  it('moves a deal named as dictated: the account heard apart, "roll out" for "rollout"', async () => {
    for (const [wording, name, stage] of [
      [
        'move the globe ex integration package deal to proposal',
        'Globex - Integration package Q1 2027',
        'proposal',
      ],
      [
        'move the initech plat form roll out deal to proposal',
        'Initech - Platform rollout Q4 2026',
        'proposal',
      ],
    ] as const) {
      const before = (await world.services.store.deals.findOne({ name }))!;
      expect(before.stage).not.toBe(stage);
      const chat = new ChatDriver(world.services, `c-move-${wording.length}`, { localUser: SAM });
      const [confirm] = await chat.say(wording);
      expect(confirm!.text).toContain(`Move "${name}"`);
      await chat.say('yes');
      expect((await world.services.store.deals.findOne({ name }))!.stage).toBe(stage);
    }
  }, 120_000);

  it('"which segment is a cme in" is Acme Corporation\'s segment, as when the name is typed', async () => {
    // Two conversations: the second must not take the account from the first.
    const [typed] = await new ChatDriver(world.services, 'c-segment-typed', { localUser: SAM }).say(
      'which segment is acme corporation in',
    );
    const [said] = await new ChatDriver(world.services, 'c-segment-dictated', { localUser: SAM }).say(
      'which segment is a cme in',
    );
    expect(typed!.text).toMatch(/^Acme Corporation is in /);
    expect(said!.text).toBe(typed!.text);
  }, 120_000);
});
