import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { teamSizeOf } from '../../../src/skills/shared/knowledge/team-size-prices';
import { DEMO_KNOWLEDGE_DIR, openDemoKnowledge } from './knowledge-fixture';

/**
 * A plan or a price asked for a number of people ("how much is it for 10 people", "3 of us, which
 * plan", "is the free plan ok for 3 users") is answered from the price list: the plans that take
 * that many users with their per-user prices and what they come to, and the plans that do not take
 * them with their limit (W12-K, issue 19, twelfth round). The figures are read from the demo
 * pricing document here, not written into the test.
 */
describe('knowledge answers: plans and prices for a number of people (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { ask } = knowledge;

  /** A plan's monthly and annual per-user prices, as the pricing document states them. */
  const pricing = readFileSync(join(DEMO_KNOWLEDGE_DIR, 'pricing-plans.md'), 'utf8');
  const pricesOf = (plan: string) => {
    const found = new RegExp(
      `The ${plan} plan costs \\$(\\d+) per user per month billed monthly, or \\$(\\d+) per user per month billed annually`,
    ).exec(pricing);
    if (!found) throw new Error(`no price for ${plan} in pricing-plans.md`);
    return { monthly: Number(found[1]), annually: Number(found[2]) };
  };
  const freeLimit = Number(/The Free plan costs \$0 for up to (\d+) users/.exec(pricing)![1]);
  const money = (amount: number) => `$${amount.toLocaleString('en-US')}`;

  describe('the number of people said', () => {
    it.each([
      ['how much is it for 10 people', 10],
      ['how much is it for a team of 5', 5],
      ['im a founder, 3 of us total. whats the cheapest plan', 3],
      ['we are small business, 3 people only. which plan is good for us?', 3],
      ['is free plan ok for 3 users', 3],
      ['we have twelve staff', 12],
      ['pricing for 40 seats', 40],
      ['we are a 7-person agency', 7],
      ['how much is the team plan', undefined],
      ['how much is $29 per user per month', undefined],
      ['can i get a refund within 30 days', undefined],
      ['we have 3 offices, which plan', undefined],
    ])('%s -> %s', (question, size) => {
      expect(teamSizeOf(question)).toBe(size);
    });
  });

  describe('a price or plan asked for a number of people is the price list worked out for them', () => {
    it.each([
      ['how much is it for 10 people', 10],
      ['how much would it cost for a team of 5', 5],
      ['what would we pay for 8 users', 8],
      ['whats the price for twelve seats', 12],
      ['we are small business, 3 people only. which plan is good for us?', 3],
      ['hi, small shop here, 3 people, whats the best plan for us', 3],
      ['im a founder, 3 of us total. whats the cheapest plan that isnt a toy', 3],
    ])('%s', async (question, size) => {
      const { answer, noAnswer, sources } = await ask(question);
      expect(noAnswer).toBe(false);
      const team = pricesOf('Team');
      const business = pricesOf('Business');
      expect(answer).toContain(`$${team.monthly} per user per month`);
      expect(answer).toContain(money(team.monthly * size));
      expect(answer).toContain(money(business.annually * size));
      expect(answer).toContain(`up to ${freeLimit} users`);
      expect(sources.map((source) => source.section)).toContain('Team');
    });

    it('a plan named is that plan only, billed as asked', async () => {
      const business = pricesOf('Business');
      const { answer } = await ask(
        'you guys are useless. just tell me how much is business plan for 10 users',
      );
      expect(answer).toContain(money(business.monthly * 10));
      expect(answer).toContain(money(business.annually * 10));
      expect(answer).not.toMatch(/\bTeam\b/);
      const yearly = await ask('how much for 30 people on business if we pay yearly');
      expect(yearly.answer).toContain(`$${business.annually} per user per month billed annually`);
      expect(yearly.answer).toContain(money(business.annually * 30));
      expect(yearly.answer).not.toContain(`$${business.monthly} per user`);
    });

    it('a plan too small for them says its limit, then the plans that fit', async () => {
      const { answer } = await ask('is free plan ok for 3 users');
      expect(answer).toMatch(new RegExp(`Free plan is for up to ${freeLimit} users`));
      expect(answer).toContain(money(pricesOf('Team').monthly * 3));
    });

    it('a plan with a minimum says it when they are fewer', async () => {
      const { answer } = await ask('how much is the self-hosted licence for 10 users');
      expect(answer).toMatch(/minimum of 25 users|at least 25 users/);
    });
  });

  it('a nonprofit asking says the discount beside the prices', async () => {
    const { answer } = await ask(
      "we're a registered nonprofit with 12 staff - what would the team plan cost us",
    );
    expect(answer).toContain(money(pricesOf('Team').monthly * 12));
    expect(answer).toMatch(/non-profit organisations .* 50% off/);
  });

  describe('other questions keep their own answers', () => {
    it.each([
      ['how much is the team plan', /\$29 per user per month billed monthly, or \$24/],
      ['how many users does the free plan allow', /2 users/],
      ['can i get a refund within 30 days', /refund/i],
      ['do you have a discount for nonprofits', /50% off/],
    ])('%s', async (question, expected) => {
      const { answer } = await ask(question);
      expect(answer).toMatch(expected);
      expect(answer).not.toMatch(/^For \d+ users/);
    });

    it.each([
      ['whats needed to run the self hosted version for 200 users'],
      ['how do i invite 5 users to my workspace'],
      ['we have 3 offices in europe'],
    ])('%s is not worked out as prices', async (question) => {
      expect((await ask(question)).answer).not.toMatch(/For \d+ users:/);
    });
  });
});
