import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { crmSegmentsOf } from '../../src/skills/segments';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eleventh round (W9-C): marketing's "at-risk customers in EMEA" is a segment list (or
// an audience), never the churn model (the account teams') and never "There is no at-risk segment"
// when this run of the segmentation has no tier called At risk: it is then the customers of the
// segments that are slipping away (Need attention, About to sleep, At risk, Can't lose them) in the
// region asked, every one checked against the segmentation and the account's region.
const ALEX = 'alex.kim@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const SLIPPING = /^(?:Need attention|About to sleep|At risk|Can't lose them)\b/;
const REFUSED = /isn.t available to you|can.t show you that|There is no/;

describe("marketing's at-risk customers by region", () => {
  let world: EvalWorld;
  /** Account name → its segment now, and its region. */
  const segmentOf = new Map<string, string>();
  const regionOf = new Map<string, string | undefined>();
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const run = (await crmSegmentsOf(world.services)).current;
    const accounts = await world.services.store.accounts.find({});
    const byId = new Map(accounts.map((a) => [a._id, a]));
    for (const c of run.customers) {
      const account = byId.get(c.customerId);
      if (!account) continue;
      segmentOf.set(account.name, c.segment);
      regionOf.set(account.name, account.region);
    }
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    ['build me a list of at-risk customers in north america', 'NA'],
    ['at risk customers in emea', 'EMEA'],
    ['list our at-risk accounts in EMEA', 'EMEA'],
    ['which customers in north america are at risk', 'NA'],
    ['show me the at-risk customers in apac', 'APAC'],
    ['pull the at risk list for latam', 'LATAM'],
    ['who are our at risk clients in europe', 'EMEA'],
  ])(
    '"%s" lists the slipping segments\' accounts in the region',
    async (message, region) => {
      const chat = new ChatDriver(world.services, `c-at-risk-${message}`, { localUser: ALEX });
      const [reply] = await chat.say(message);
      expect(reply!.text).not.toMatch(REFUSED);
      expect(reply!.text).toMatch(/at risk/i);
      expect(reply!.text).toContain(` in ${region}`);
      // The At risk segment when this run has one, else every slipping segment.
      const atRisk = [...segmentOf.values()].some((s) => /^At risk\b/.test(s)) ? /^At risk\b/ : SLIPPING;
      const expected = [...segmentOf].filter(
        ([name, segment]) => atRisk.test(segment) && regionOf.get(name) === region,
      );
      expect(reply!.text).toMatch(new RegExp(`\\b${expected.length} account|No accounts`));
      for (const item of reply!.lists?.[0]?.items ?? []) {
        expect(segmentOf.get(item.title)).toMatch(atRisk);
        expect(regionOf.get(item.title)).toBe(region);
      }
    },
    120_000,
  );

  it('builds an audience of at-risk customers in a region, named for what was asked', async () => {
    const chat = new ChatDriver(world.services, 'c-at-risk-audience', { localUser: ALEX });
    const [reply] = await chat.say('build me an audience of at-risk customers in emea');
    expect(reply!.text).not.toMatch(REFUSED);
    expect(reply!.text).toMatch(/"At risk EMEA"/);
    for (const item of reply!.lists?.[0]?.items ?? []) {
      expect(segmentOf.get(item.title)).toMatch(SLIPPING);
      expect(regionOf.get(item.title)).toBe('EMEA');
    }
  }, 120_000);

  it.each([
    // The churn model stays the account teams': no segment named, marketing is refused.
    [ALEX, 'which customers are likely to churn?', /isn.t available to you/],
    // Deals at risk are the sales team's.
    [ALEX, 'which deals are at risk in emea', /isn.t available to you|can.t show you that/],
    // A manager asking about customers at risk gets the churn model, not a segment list.
    [MORGAN, 'which customers in emea are at risk', /churn/i],
  ])(
    '%s: "%s" is not a segment list',
    async (user, message, expected) => {
      const chat = new ChatDriver(world.services, `c-not-at-risk-${message}`, { localUser: user });
      const [reply] = await chat.say(message);
      expect(reply!.text).toMatch(expected);
      expect(reply!.text).not.toMatch(/slipping away/);
    },
    120_000,
  );
});
