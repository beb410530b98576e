import { silentLogger } from '../../src/core/logger';
import { createLlmFallback, UNGROUNDED_REPLY } from '../../src/dialogs/llm/llm-fallback';
import { createOpenAiServices } from '../../src/ml/llm/openai-models';
import { StoreCheckpointSaver } from '../../src/skills/shared/agent-checkpoints';
import { skillRunnerOf, type SkillServices } from '../../src/skills/skill';
import { lastMessage, OpenAiLoopback } from '../fixtures/openai-loopback';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { chatWithLlm as chatWithLlmAt, toolNames, toolResultText } from './llm-chat';

/** Drives a bot core whose fallback is the LLM agent pointed at the loopback server. */
const chatWithLlm = (services: SkillServices, baseUrl: string, conversationId: string) =>
  chatWithLlmAt(services, { baseUrl, model: 'loopback-model' }, conversationId);

describe('LLM fallback: a langchain agent over the skills, against an OpenAI-protocol loopback server', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let llm: OpenAiLoopback;
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    llm = await OpenAiLoopback.start(() => ({ content: 'unused' }));
  });
  afterAll(async () => {
    await llm.close();
    await temp.cleanup();
  });

  it('calls the skill the model asks for with its arguments and answers from the result', async () => {
    llm.reset((request) => {
      const last = lastMessage(request);
      if (last.role !== 'tool')
        return { toolCalls: [{ name: 'account-briefing', arguments: { account: 'initech' } }] };
      const briefing = JSON.parse(toolResultText(last)) as {
        account: { name: string };
        contacts: Array<{ name: string }>;
      };
      return { content: `${briefing.account.name}'s key contact is ${briefing.contacts[0]!.name}.` };
    });
    const say = chatWithLlm(services, llm.baseUrl, 'llm-briefing');
    const [reply] = await say("who's the go-to person over at initech these days");
    expect(reply!.text).toBe("Initech's key contact is Jane Park.");
    expect(reply!.sources).toEqual([{ title: 'CRM: account-briefing' }]);

    expect(llm.requests).toHaveLength(2);
    const [first, second] = llm.requests;
    expect(first!.model).toBe('loopback-model');
    expect(first!.messages[0]!.role).toBe('system');
    expect(first!.messages[0]!.content).toMatch(/Answer ONLY from the results of the tools/);
    expect(toolNames(first!)).toEqual(
      expect.arrayContaining(['account-briefing', 'forecast', 'log-interaction', 'knowledge-answer']),
    );
    const call = second!.messages.find((m) => m.role === 'assistant')!.tool_calls![0]!;
    expect(call.function).toEqual({ name: 'account-briefing', arguments: '{"account":"initech"}' });
    const result = second!.messages.find((m) => m.role === 'tool')!;
    expect(result.tool_call_id).toBe(call.id);
    expect(result.content).toContain('"name":"Initech"');
  });

  it('remembers the account the model looked up, for the next question', async () => {
    llm.reset((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'Done.' }
        : { toolCalls: [{ name: 'account-briefing', arguments: { account: 'globex' } }] },
    );
    const say = chatWithLlm(services, llm.baseUrl, 'llm-memory');
    await say('gimme the lowdown on globex');
    llm.reset(() => ({ content: 'unused' }));
    await say('anything new with them?');
    expect(llm.requests[0]!.messages[0]!.content).toContain(
      'The conversation was last about the account "Globex"',
    );
  });

  it('refuses honestly when the model answers a CRM question without calling a tool', async () => {
    llm.reset(() => ({ content: 'Initech has 12 open deals worth $4.5M.' }));
    const say = chatWithLlm(services, llm.baseUrl, 'llm-ungrounded');
    const [reply] = await say('how is initech doing lately');
    expect(reply!.text).toBe(UNGROUNDED_REPLY);
  });

  it('refuses an answer stating figures that no tool result contains', async () => {
    llm.reset((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'Globex has one open deal worth €350k.' }
        : { toolCalls: [{ name: 'account-briefing', arguments: { account: 'Globex' } }] },
    );
    const say = chatWithLlm(services, llm.baseUrl, 'llm-made-up');
    const [reply] = await say('what is globex worth to us');
    expect(reply!.text).toMatch(/states figures the data doesn't contain/);
    expect(reply!.text).not.toContain('350');
  });

  it('passes a skill error back to the model, which can tell the person', async () => {
    llm.reset((request) => {
      const last = lastMessage(request);
      return last.role === 'tool'
        ? { content: `The CRM says: ${toolResultText(last).replace(/^error: /, '')}` }
        : { toolCalls: [{ name: 'account-briefing', arguments: { account: 'Zeppelin Works' } }] };
    });
    const say = chatWithLlm(services, llm.baseUrl, 'llm-error');
    const [reply] = await say('zeppelin works status?');
    expect(reply!.text).toBe('The CRM says: I couldn\'t find an account called "Zeppelin Works".');
  });

  it('holds a change the model makes for the person to confirm, and saves it only after "yes"', async () => {
    llm.reset(() => ({
      toolCalls: [
        {
          name: 'log-interaction',
          arguments: {
            type: 'call',
            account: 'Initech',
            contact: 'Jane',
            summary: 'walked through the renewal terms',
          },
        },
      ],
    }));
    const say = chatWithLlm(services, llm.baseUrl, 'llm-write');
    const [confirm] = await say('jot down that jane and i went through the renewal terms on the phone');
    expect(confirm!.text).toBe(
      [
        "Before I save anything, please confirm. I'd log a call with Initech:",
        '• Type: call',
        '• Account: Initech',
        '• Contact: Jane',
        '• Summary: walked through the renewal terms',
        'Save it? (yes/no)',
      ].join('\n'),
    );
    expect(confirm!.buttons).toEqual([
      { title: 'Yes', value: 'yes' },
      { title: 'No', value: 'no' },
    ]);
    expect(
      await temp.store.interactions.countDocuments({ summary: 'walked through the renewal terms' }),
    ).toBe(0);
    const saved = await say('yes');
    expect(saved[0]!.text).toBe('Logged the call with Jane Park at Initech.');
    expect(
      await temp.store.interactions.countDocuments({ summary: 'walked through the renewal terms' }),
    ).toBe(1);
    expect(llm.requests).toHaveLength(1);
  });

  it('offers a website visitor no CRM tools, only the knowledge base', async () => {
    llm.reset(() => ({ content: 'Our plans start at $10.' }));
    const fallback = createLlmFallback(
      { baseUrl: llm.baseUrl, model: 'loopback-model' },
      { logger: silentLogger(), checkpoints: () => new StoreCheckpointSaver(temp.store) },
    );
    const reply = await fallback.handle({
      context: undefined as never,
      text: 'who are your biggest customers and what do they pay?',
      caller: { role: 'visitor', timezone: 'UTC' },
      skills: skillRunnerOf(services),
      understanding: { intent: 'oos', confidence: 0 },
      memory: {},
    });
    expect(toolNames(llm.requests[0]!)).toEqual(['knowledge-answer']);
    expect(llm.requests[0]!.messages[0]!.content).toMatch(/never discuss customers, deals or any CRM data/);
    expect(reply).toEqual({ text: UNGROUNDED_REPLY });
  });

  it('lets the agent write knowledge answers itself: the knowledge tool does not call the model again', async () => {
    llm.reset((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'Yes, there is an uptime SLA.' }
        : { toolCalls: [{ name: 'knowledge-answer', arguments: { question: 'is there an uptime SLA?' } }] },
    );
    const withLlm: SkillServices = {
      ...services,
      llm: createOpenAiServices({ baseUrl: llm.baseUrl, model: 'loopback-model' }, 5_000),
    };
    const say = chatWithLlm(withLlm, llm.baseUrl, 'llm-knowledge-tool');
    const [reply] = await say('umm uptime guarantee thing?');
    expect(llm.requests).toHaveLength(2);
    for (const request of llm.requests)
      expect(request.messages[0]!.content).not.toMatch(/numbered knowledge passages/);
    const toolResult = llm.requests[1]!.messages.find((m) => m.role === 'tool')!;
    expect(toolResult.content).toContain('"passages"');
    expect(toolResult.content).not.toContain('"generated":true');
    expect(reply!.text).toBe('Yes, there is an uptime SLA.');
  });

  it('says so when the model server fails', async () => {
    llm.reset(() => ({ status: 500 }));
    const say = chatWithLlm(services, llm.baseUrl, 'llm-down');
    const [reply] = await say('what happened with initech');
    expect(reply!.text).toMatch(/the language model didn't answer/);
  });
});
