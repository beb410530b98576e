/**
 * Writes typed in one line keep the details said in them (issue 19, twenty-fifth round, w26):
 * "new lead tom baker from nimbus cloud tom@nimbuscloud.io" asked which company Tom was with (the
 * e-mail address after the company hid where the company ended); "new lead jon park vertex
 * insurance jon.park@…" asked the lead's name; "log call w bill lumbergh initech …" looked for a
 * contact called "bill lumbergh initech"; "mark the … renewal as lost, they went with a competitor"
 * asked why it was lost; "Silverpoint analytics suite - we won it!! mark as closed won" asked which
 * deal; "…: get the signed order form, due dec 11" read last year's 11 December ("signed" is a past
 * verb) and left the task with no due day. Own wordings, and the negatives that must not change.
 */
import {
  interactionDraftFrom,
  leadDraftFrom,
  lostReasonAfterStage,
  stageDraftFrom,
} from '../../../src/dialogs/intents/crm-write-requests';
import { dueDayOf } from '../../../src/dialogs/intents/task-draft';
import type { Understanding } from '../../../src/dialogs/routing/understanding';

const withAccounts = (intent: string, ...names: string[]): Understanding =>
  ({
    intent,
    confidence: 0.9,
    entities: {
      accounts: names.map((name) => ({ id: `a-${name}`, text: name.toLowerCase(), name, score: 1 })),
      contacts: [],
      products: [],
      people: [],
      dates: [],
      periods: [],
      dealStages: [],
    },
  }) as never;

describe('a new lead typed in one line with its e-mail address', () => {
  it.each([
    ['new lead tom baker from nimbus cloud tom@nimbuscloud.io', 'Tom Baker', 'Nimbus Cloud'],
    ['new lead ana ruiz at blue harbor labs ana@blueharbor.io', 'Ana Ruiz', 'Blue Harbor Labs'],
    ['add a lead li wei from kestrel freight li.wei@kestrel.cn please', 'Li Wei', 'Kestrel Freight'],
  ])('"%s" is %s of %s', (text, name, company) => {
    expect(leadDraftFrom(text, { intent: 'create_lead', confidence: 1 })).toMatchObject({ name, company });
  });

  it('the company the understander recognised ends the name typed before it', () => {
    const draft = leadDraftFrom(
      'new lead jon park vertex insurance jon.park@vertexins.com',
      withAccounts('create_lead', 'Vertex Insurance'),
    );
    expect(draft).toMatchObject({ name: 'Jon Park', company: 'Vertex Insurance' });
  });

  it.each([
    ['new lead anna berg lumen labs aberg@lumenlabs.io', 'Anna Berg', 'Lumen Labs'],
    ['new lead marta silva orbital goods marta.silva@orbital.pt', 'Marta Silva', 'Orbital Goods'],
    ['new lead kofi mensah kofi@mensah.gh', 'Kofi Mensah', undefined],
  ])('"%s": the address spells the name (%s), the rest is the company', (text, name, company) => {
    const draft = leadDraftFrom(text, { intent: 'create_lead', confidence: 1 });
    expect(draft.name).toBe(name);
    expect(draft.company).toBe(company);
  });

  it.each([
    'new lead from the webinar sales@x.io',
    'new lead please, tom@x.io',
    'new lead today from web, priya@x.io',
  ])('"%s" names nobody', (text) => {
    expect(leadDraftFrom(text, { intent: 'create_lead', confidence: 1 }).name).toBeUndefined();
  });

  it('"met at a conference" is where the lead came from, not its company', () => {
    const draft = leadDraftFrom('new lead tom baker met at conference tom@x.io', {
      intent: 'create_lead',
      confidence: 1,
    });
    expect(draft.company).toBeUndefined();
    expect(draft.source).toBe('event');
  });
});

describe('a call logged with "w" and the account right after the name', () => {
  const clock = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };
  it.each([
    ['log call w bill lumbergh initech discussed renewal timing', 'Initech', 'bill lumbergh'],
    ['log a call with bill lumbergh initech about the renewal', 'Initech', 'bill lumbergh'],
    ['log meeting w kevin adams acme: qbr prep', 'Acme', 'kevin adams'],
    ['logged a call w/ nancy at globex, pricing', 'Globex', 'nancy'],
  ])('"%s": the account %s, the contact "%s"', (text, account, person) => {
    const draft = interactionDraftFrom(text, withAccounts('log_interaction', account), {}, clock);
    expect(draft.contactMention).toBe(person);
  });
  it('"with initech" alone names no contact', () => {
    const draft = interactionDraftFrom(
      'log a call with initech about the renewal',
      withAccounts('log_interaction', 'Initech'),
      {},
      clock,
    );
    expect(draft.contactMention).toBeUndefined();
  });
});

describe('why a deal was lost, said after the stage', () => {
  it.each([
    ['mark the bennett medical renewal as lost, they went with a competitor', 'they went with a competitor'],
    ['mark the initech upgrade as lost because of budget cuts', 'budget cuts'],
    ['move the globex rollout to closed lost - no budget this year', 'no budget this year'],
    ['set the acme deal to closed-lost due to pricing.', 'pricing'],
    ['mark hooli pilot as lost since the champion left', 'the champion left'],
  ])('"%s" was lost because "%s"', (text, reason) => {
    expect(lostReasonAfterStage(text)).toBe(reason);
    expect(stageDraftFrom(text, { intent: 'update_deal_stage', confidence: 1 }, {})).toMatchObject({
      stage: 'closed_lost',
      lostReason: reason,
    });
  });
  it.each([
    'mark the bennett medical renewal as lost',
    'move the acme deal to closed lost.',
    'mark the globex deal as won, they signed',
  ])('"%s" says no reason', (text) => {
    expect(
      stageDraftFrom(text, { intent: 'update_deal_stage', confidence: 1 }, {}).lostReason,
    ).toBeUndefined();
  });
});

describe('a deal named first, then moved without naming it again', () => {
  it.each([
    ['Silverpoint analytics suite - we won it!! mark as closed won', 'Silverpoint analytics suite'],
    ['hooli data integration: move to negotiation', 'hooli data integration'],
    ['acme contact center q1 — set to proposal please', 'acme contact center q1'],
  ])('"%s" moves "%s"', (text, deal) => {
    expect(stageDraftFrom(text, { intent: 'update_deal_stage', confidence: 1 }, {}).dealMention).toBe(deal);
  });
  it('"move the acme renewal to proposal: they asked for pricing" names the deal after the verb', () => {
    const draft = stageDraftFrom(
      'move the acme renewal to proposal: they asked for pricing',
      { intent: 'update_deal_stage', confidence: 1 },
      {},
    );
    expect(draft.dealMention).toBe('acme renewal');
  });
});

describe("a task's due day is ahead whatever verbs the task has", () => {
  const clock = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'America/Chicago' };
  it.each([
    ['get the signed order form, due dec 11', '2026-12-11'],
    ['chase the contract they signed, by dec 9', '2026-12-09'],
    ['send what we discussed on the 10th', '2026-12-10'],
    ['call back the customer who emailed, due jan 5', '2027-01-05'],
  ])('"%s" is due %s', (words, due) => {
    expect(dueDayOf(words, clock)?.due).toBe(due);
  });
});
