import { openDemoKnowledge } from './knowledge-fixture';

/**
 * A later question that points back at an earlier clause ("can we run it on our own servers and
 * what does that cost", "teams setup, which plan do we need for it"; issue 19, ninth round, dev-qa10)
 * asks its own kind of fact about that clause's topic. Before, the whole message chose the passage
 * of the first clause (the self-hosted edition without its price, the self-hosted installation for
 * a Teams question) and the later question, naming nothing itself, was never judged.
 */
describe('knowledge answers: a later question referring back to an earlier clause (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  describe('after a question, its answer follows the first one', () => {
    it.each([
      ['can we run it on our own servers and what does that cost'],
      ['can we host it on our own servers and what does that cost'],
      ["can we run crmpro on premises and what's the price of that"],
      ['is there a self-hosted version and what does it cost'],
      ['we want to host it ourselves, how much does that cost'],
      ['self hosting, what does it cost'],
      ['can we run crmpro on our own infrastructure instead of your cloud? what does that cost'],
    ])('%s', (question) => {
      const result = knowledge.base.ask(question);
      expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
      expect(result.answer).toMatch(/\$420 per user/);
      expect(result.sources.map((source) => source.path)).toContain('pricing-plans.md');
    });

    it('keeps the first question answered too', () => {
      const result = knowledge.base.ask('can we run it on our own servers and what does that cost');
      expect(result.answer).toMatch(/^You run CRMPro on your own servers/);
      expect(result.sources[0]?.path).toBe('self-hosting/cloud-vs-self-hosted.md');
    });
  });

  describe('after a clause naming the topic, it is the question', () => {
    it.each([
      ['teams setup, which plan do we need for it'],
      ['microsoft teams, what plan is that on'],
      ['we want to use it in teams, which plan do we need for that'],
      ['can we connect it to microsoft teams and which plan is that on'],
      ['teams integration, which plan is it on'],
      ['the teams app, what plan do we need for it'],
    ])('%s', (question) => {
      const result = knowledge.base.ask(question);
      expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
      expect(result.answer).toMatch(/Team plan/);
      expect(result.answer).not.toMatch(/copy \.env\.example/);
    });
  });

  it.each([
    ['how much is the team plan and what does it include', 'pricing-plans.md', /\$29 per user/],
    ['is there an api and how do i get a key', 'integrations/api-and-webhooks.md', /REST API/],
    ['where is the company based and how big is it', 'company.md', /Manchester/],
    [
      'can we pay by invoice and how long does that take',
      'billing/payment-methods.md',
      /30-day payment terms/,
    ],
    ['lead scoring, which plan includes it', 'features/lead-scoring.md', /Team, Business and Enterprise/],
  ])('keeps its answer: %s', (question, path, fact) => {
    const result = knowledge.base.ask(question);
    expect(result.sources[0]?.path).toBe(path);
    expect(result.answer).toMatch(fact);
  });

  it.each([
    ['i want to bake a cake, what does that cost'],
    ['where is the eiffel tower and how tall is it'],
    ['my car broke down, how much would that be to fix'],
  ])('off-topic: %s', (question) => knowledge.expectNoAnswer(question));
});

/**
 * Adding a user, a person or a teammate is inviting them (dev-qa10 admin-knowledge-03 "how do i add a
 * new user" was answered from a single sign-on error that says "ask your IT team to add you"), while
 * the price of a user added mid-period stays billing's.
 */
describe('knowledge answers: adding a user is inviting people (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    ['how do i add a new user'],
    ['how do i add users'],
    ['add a new person to our workspace'],
    ['how do we give a new teammate access'],
    ['can i add more people'],
    ['where do i add new users'],
  ])('%s', (question) => {
    const result = knowledge.base.ask(question);
    expect({ question, path: result.sources[0]?.path }).toEqual({
      question,
      path: 'getting-started/inviting-your-team.md',
    });
    expect(result.answer).toMatch(/Settings › Users by email/);
  });

  it.each([
    ['do we pay more if we add users halfway through the month'],
    ['if i add a user mid month how is it billed'],
  ])('billing keeps: %s', (question) =>
    expect(knowledge.base.ask(question).sources[0]?.path).toBe('billing/billing-and-invoices.md'),
  );
});

/**
 * A trial that runs out or is over ends (dev-qa10 visitor-knowledge-12 "what happens when the trial
 * runs out" was answered from the FAQ's "is there a free trial?", without what happens at its end).
 */
describe('knowledge answers: a trial that runs out ends (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    ['what happens when the trial runs out'],
    ['the trial ran out, now what'],
    ['what happens once our trial is over'],
    ['what happens when the free trial runs out'],
    ['our trial is running out, what then'],
    ['trial is over, then what'],
  ])('%s', (question) => expect(knowledge.base.ask(question).answer).toMatch(/moves to the Free plan/));

  it.each([['my battery ran out'], ['we ran out of coffee, what now'], ['what if we run out of api calls']])(
    'off-topic: %s',
    (question) => knowledge.expectNoAnswer(question),
  );
});
