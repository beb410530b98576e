import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { isCommonWords, QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { questionAfterRemindMe } from '../../../src/dialogs/routing/task-requests';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { knowledgeRelevanceOf } from '../../../src/skills/shared/knowledge/knowledge-relevance';
import { nameKeyOf } from '../../../src/vocabulary';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('QuestionUnderstander: names only where names are, knowledge whatever the wording', () => {
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    // Names that contain everyday words: "have" (Northhaven), "data" (Copper Data AB), "like" (Likewise).
    for (const name of ['Northhaven', 'Eaglehaven Corp.', 'Copper Data AB', 'Likewise Labs', 'Globex'])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  it('reads no account out of sentences full of common words', async () => {
    for (const text of [
      'how much do I have',
      'what does my pipeline look like',
      'I have a question',
      'what data do we have on deals like this',
    ]) {
      const understanding = await understander.understand(text, context);
      expect({ text, mention: understanding.accountMention }).toEqual({ text, mention: undefined });
      expect(understanding.entities?.accounts.map((a) => a.name) ?? []).toEqual([]);
    }
  });

  it('reads pipeline questions as summaries', async () => {
    expect(await understander.understand('what does my pipeline look like', context)).toMatchObject({
      intent: 'pipeline_summary',
      question: { kind: 'summary', query: { owner: { scope: 'mine' } } },
    });
  });

  it('keeps real names, and pronouns for follow-ups', async () => {
    expect((await understander.understand('tell me about Northhaven', context)).accountMention).toBe(
      'Northhaven',
    );
    expect((await understander.understand('when did we last talk to them?', context)).question).toMatchObject(
      {
        refersTo: 'account',
      },
    );
    expect(await understander.understand('who is the decision maker at Globex?', context)).toMatchObject({
      intent: 'record_query',
      question: { query: { record: 'contact', contactRole: 'decision_maker' } },
    });
  });

  it('routes product, pricing, policy, security and set-up questions to the knowledge base', async () => {
    for (const text of [
      'is customer data encrypted?',
      "what's your uptime guarantee",
      'how do I connect Slack',
      'can we get a refund if we cancel?',
      'do you have an SLA?',
    ]) {
      const understanding = await understander.understand(text, context);
      expect({ text, intent: understanding.intent, mention: understanding.accountMention }).toEqual({
        text,
        intent: 'knowledge_question',
        mention: undefined,
      });
    }
  });

  it('knows everyday words from names', () => {
    expect(isCommonWords('have')).toBe(true);
    expect(isCommonWords('like')).toBe(true);
    expect(isCommonWords('data')).toBe(true);
    expect(isCommonWords('Northhaven')).toBe(false);
    expect(isCommonWords('their')).toBe(true);
  });
});

describe('QuestionUnderstander: the knowledge route by relevance, advice, small talk and tickets', () => {
  const temp = temporaryStore();
  const names = new CrmNameIndex(temp.store);
  // The real knowledge base (the shipped knowledge/ documents), indexed into a scratch directory.
  const relevance = knowledgeRelevanceOf(servicesFor(temp.store));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, names), relevance);
  const withoutKnowledge = new QuestionUnderstander(new CrmUnderstander(model, names));
  beforeAll(async () => {
    for (const name of ['Globex', 'Initech'])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  it('sends product questions without any cue word to the knowledge base by its relevance', async () => {
    for (const text of ['can it sync with gmail', 'how do webhooks work', 'is there a free version?']) {
      const routed = await understander.understand(text, context);
      expect({ text, intent: routed.intent, mention: routed.accountMention }).toEqual({
        text,
        intent: 'knowledge_question',
        mention: undefined,
      });
    }
    // The same question without the knowledge base's relevance is read as something else.
    expect((await withoutKnowledge.understand('can it sync with gmail', context)).intent).not.toBe(
      'knowledge_question',
    );
  }, 60_000);

  it('reads "there" at the end as the account just shown, not a question for the documents', async () => {
    for (const text of ["who's our contact there", 'who is our main contact there?']) {
      const routed = await understander.understand(text, context);
      expect({ text, intent: routed.intent }).not.toEqual({ text, intent: 'knowledge_question' });
    }
    for (const text of ['is there a free trial?', 'what integrations are there']) {
      const routed = await understander.understand(text, context);
      expect({ text, intent: routed.intent }).toEqual({ text, intent: 'knowledge_question' });
    }
  }, 60_000);

  it('keeps CRM requests and help where they were, however well the documents match their words', async () => {
    for (const [text, intent] of [
      ['help', 'help'],
      ['what can you do?', 'help'],
      ['forecast this quarter', 'forecast'],
      ['tell me about Globex', 'briefing'],
      ['how much do I have open right now', 'pipeline_summary'],
      ['which deals are at risk?', 'at_risk_deals'],
    ] as const) {
      expect({ text, intent: (await understander.understand(text, context)).intent }).toEqual({
        text,
        intent,
      });
    }
  }, 60_000);

  it('reads a question how to do something as a question, and a plan for a period as no pricing plan', async () => {
    // The model reads a write ("log a call"); the person asks how, and the documents say.
    expect((await understander.understand('how do I log a call from my phone?', context)).intent).toBe(
      'knowledge_question',
    );
    expect((await understander.understand('log a call with Globex: renewal talk', context)).intent).toBe(
      'log_interaction',
    );
    expect((await understander.understand("what's the plan for next qtr", context)).intent).not.toBe(
      'knowledge_question',
    );
  }, 60_000);

  it('reads "which deals should I focus on" as a ranking, not a list of risks', async () => {
    for (const text of [
      'which deals should I focus on',
      "which of my reps' deals should we push",
      'where should I spend my time this week?',
    ])
      expect({ text, intent: (await understander.understand(text, context)).intent }).toEqual({
        text,
        intent: 'top_leads',
      });
  });

  it('never takes a sentence that names an account for small talk', async () => {
    expect(await understander.understand('latest conversation with Globex', context)).toMatchObject({
      intent: 'record_query',
      question: { query: { record: 'interaction', field: 'lastInteraction' } },
    });
  });

  it('reads "tickets are assigned to me" as the caller\'s cases', async () => {
    expect((await understander.understand('what tickets are assigned to me?', context)).intent).toBe(
      'case_list',
    );
  });
  // "remind me" before a question asks the question: neither a task nor a knowledge question.
  it.each([
    ["remind me who's on my team", 'team_roster'],
    ['can you remind me who is on my team?', 'team_roster'],
    ['remind me again, who reports to me', 'team_roster'],
    ['pls remind me who are my reps', 'team_roster'],
    ['remind me which deals close this week', 'record_query'],
    ['remind me to call Globex tomorrow', 'create_task'],
    ['remind me about the globex renewal on friday', 'create_task'],
    ['remind me how much is in my pipeline', 'pipeline_summary'],
  ])('reads "%s" as %s', async (text, intent) => {
    expect((await understander.understand(text, context)).intent).toBe(intent);
  });
});

describe('questionAfterRemindMe', () => {
  it.each([
    ["remind me who's on my team", "who's on my team"],
    ['can you remind me again, what stage is acme in', 'what stage is acme in'],
    ['remind me how many deals i have', 'how many deals i have'],
    ['remind me how the forecast digest works', undefined],
    ['remind me to call acme', undefined],
    ['who is on my team', undefined],
  ])('reads "%s" as %p', (text, question) => {
    expect(questionAfterRemindMe(text)).toBe(question);
  });
});
