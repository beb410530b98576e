import { silentLogger } from '../../src/core/logger';
import { createLlmFallback } from '../../src/dialogs/llm/llm-fallback';
import { VISITOR_BUDGET_REPLY } from '../../src/dialogs/llm/visitor-budget';
import type { ConversationMemory } from '../../src/dialogs/conversation-memory';
import { loadConfig } from '../../src/config/config';
import { createOpenAiServices } from '../../src/ml/llm/openai-models';
import { StoreCheckpointSaver } from '../../src/skills/shared/agent-checkpoints';
import { skillRunnerOf, type Caller, type SkillServices } from '../../src/skills/skill';
import { lastMessage, OpenAiLoopback } from '../fixtures/openai-loopback';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { chatWithLlm } from './llm-chat';

const visitor: Caller = { role: 'visitor', timezone: 'UTC' };

describe('website visitors get a budget of language-model calls per conversation', () => {
  const temp = temporaryStore();
  let services: SkillServices;
  let llm: OpenAiLoopback;
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    llm = await OpenAiLoopback.start(() => ({ content: 'unused' }));
    // The knowledge answers visitors get are written by the model when an LLM is configured.
    services = {
      ...servicesFor(temp.store),
      llm: createOpenAiServices({ baseUrl: llm.baseUrl, model: 'loopback-model' }, 5_000),
    };
  });
  afterAll(async () => {
    await llm.close();
    await temp.cleanup();
  });

  it('has a sane default, set by LLM_VISITOR_CALLS_PER_CONVERSATION', () => {
    expect(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }).llm?.visitorCallsPerConversation).toBe(
      20,
    );
    expect(
      loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', LLM_VISITOR_CALLS_PER_CONVERSATION: '3' }).llm
        ?.visitorCallsPerConversation,
    ).toBe(3);
    expect(() => loadConfig({ LLM_VISITOR_CALLS_PER_CONVERSATION: '-1' })).toThrow(
      /LLM_VISITOR_CALLS_PER_CONVERSATION/,
    );
  });

  it('after N model calls in a conversation, a visitor gets a polite reply and the model is not called', async () => {
    llm.reset(() => ({ content: 'Yes: 99.9% monthly uptime [1].' }));
    const settings = { baseUrl: llm.baseUrl, model: 'loopback-model', visitorCallsPerConversation: 3 };
    const say = chatWithLlm(services, settings, 'visitor-budget', { localUser: 'none' });
    for (let i = 1; i <= 3; i++) {
      const [answer] = await say('is there an uptime SLA?');
      expect(answer!.text).not.toBe(VISITOR_BUDGET_REPLY.text);
      expect(llm.requests).toHaveLength(i);
    }
    const [polite] = await say('and what about support hours?');
    expect(polite!.text).toBe(VISITOR_BUDGET_REPLY.text);
    expect(llm.requests).toHaveLength(3);
    // The count is in the conversation's state: a restarted bot keeps it.
    const [afterRestart] = await chatWithLlm(services, settings, 'visitor-budget', { localUser: 'none' })(
      'is there an uptime SLA?',
    );
    expect(afterRestart!.text).toBe(VISITOR_BUDGET_REPLY.text);
    expect(llm.requests).toHaveLength(3);
    // Another conversation starts with a full budget.
    await chatWithLlm(services, settings, 'visitor-budget-2', { localUser: 'none' })(
      'is there an uptime SLA?',
    );
    expect(llm.requests).toHaveLength(4);
  });

  it("counts the agent's model calls too, and stops a turn whose calls would pass the budget", async () => {
    llm.reset((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'Yes, there is an uptime SLA.' }
        : { toolCalls: [{ name: 'knowledge-answer', arguments: { question: 'uptime SLA?' } }] },
    );
    const fallback = createLlmFallback(
      { baseUrl: llm.baseUrl, model: 'loopback-model', visitorCallsPerConversation: 3 },
      { logger: silentLogger(), checkpoints: () => new StoreCheckpointSaver(temp.store) },
    );
    const memory: ConversationMemory = {};
    const ask = () =>
      fallback.handle({
        context: undefined as never,
        text: 'uptime guarantee?',
        caller: visitor,
        skills: skillRunnerOf(services),
        understanding: { intent: 'oos', confidence: 0 },
        memory,
      });
    expect(await ask()).toMatchObject({ text: 'Yes, there is an uptime SLA.' });
    expect(llm.requests).toHaveLength(2);
    expect(memory.visitorLlmCalls).toBe(2);
    // One call left: the tool round is made, the answer would be the fourth call.
    expect(await ask()).toEqual(VISITOR_BUDGET_REPLY);
    expect(llm.requests).toHaveLength(3);
    expect(await ask()).toEqual(VISITOR_BUDGET_REPLY);
    expect(llm.requests).toHaveLength(3);
    expect(memory.visitorLlmCalls).toBe(3);
  });
});
