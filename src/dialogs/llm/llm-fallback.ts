import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from '../../core/logger';
import type { LlmSettings } from '../../ml/llm/language-model';
import { createChatModel } from '../../ml/llm/openai-models';
import type { Caller } from '../../skills/skill';
import type { ConversationMemory } from '../conversation-memory';
import type { IntentHandler, IntentOutcome } from '../intents/intent-handler';
import type { Reply } from '../reply';
import { unbackedNumbers } from './grounding';
import { CONFIRM_FIRST, dialogForProposal } from './proposed-writes';
import { LLM_SKILLS, type AnySkill } from './skill-catalog';
import { skillToolsFor, type SkillToolbox } from './skill-tools';
import { runToolCallingAgent } from './tool-calling-agent';

export type { LlmSettings } from '../../ml/llm/language-model';

export interface LlmFallbackOptions {
  logger: Logger;
  /** The skills offered as tools (default: every skill of the product); each caller sees those of their role. */
  skills?: readonly AnySkill[];
  /** Model calls per message (tool rounds plus the answer). */
  maxRounds?: number;
  /** Per-request timeout of the LLM client, in milliseconds. */
  timeoutMs?: number;
}

/** What the bot says when the model answered without looking anything up. */
export const UNGROUNDED_REPLY =
  'Sorry, I can\'t answer that from the CRM or the knowledge base, and I won\'t guess. Try "help" to see what I can do.';
const UNAVAILABLE_REPLY =
  'Sorry, I can\'t help with that right now (the language model didn\'t answer). Try "help" to see what I can do.';

/** The system prompt: who is asking, and the rule that every fact comes from a tool result. */
export function systemPromptFor(caller: Caller, memory: ConversationMemory, now: Date): string {
  const who =
    caller.role === 'visitor'
      ? 'a visitor of the company website. Only product, pricing and policy questions from the knowledge base are in scope; never discuss customers, deals or any CRM data'
      : `${caller.name ?? 'a team member'} (role: ${caller.role}${caller.team ? `, team ${caller.team}` : ''})`;
  return [
    'You are CRMPro, the CRM assistant of a sales team, answering in a chat.',
    `You are talking to ${who}. Their time zone is ${caller.timezone}; now is ${now.toISOString()}.`,
    memory.lastAccount
      ? `The conversation was last about the account "${memory.lastAccount.name}" ("them", "their" mean it).`
      : '',
    'Answer ONLY from the results of the tools you call in this conversation: every name, number, date and fact in your answer must appear in a tool result.',
    'If no tool fits the question, or the tools return nothing useful, say plainly that you cannot answer it from the CRM. Never guess and never use outside knowledge about customers, deals or products.',
    'If a tool returns an error, tell the person what it says. Tools that change data only propose the change: the person confirms it in the chat.',
    'Keep answers short: a few sentences or a short list, plain text, amounts with their currency.',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The root dialog's fallback when an LLM is configured: a langchain tool-calling agent over the
 * skills this caller's role may use, for messages the intent classifier is unsure about. The reply
 * is the model's only when it rests on tool results: an answer without any tool call, or stating
 * figures no result contains, is replaced by an honest refusal. Changes the model proposes go to
 * the dialog of that change, which asks the person to confirm.
 */
export function createLlmFallback(settings: LlmSettings, options: LlmFallbackOptions): IntentHandler {
  const model = createChatModel(settings, options.timeoutMs ?? 30_000);
  const skills = options.skills ?? LLM_SKILLS;
  return {
    intents: [],
    handle: async ({ text, caller, skills: runner, memory }): Promise<IntentOutcome> => {
      const toolbox = skillToolsFor(skills, caller, runner, CONFIRM_FIRST);
      const messages = [
        new SystemMessage(systemPromptFor(caller, memory, runner.clock())),
        new HumanMessage(text),
      ];
      let answer;
      try {
        answer = await runToolCallingAgent(model, toolbox, messages, options.maxRounds);
      } catch (error) {
        options.logger.warn({ err: error }, 'LLM fallback failed');
        return { text: UNAVAILABLE_REPLY };
      }
      options.logger.debug(
        { tools: toolbox.calls.map((c) => c.name), rounds: answer.rounds },
        'LLM fallback answered',
      );
      if (toolbox.proposal) return dialogForProposal(toolbox.proposal);
      rememberAccount(toolbox, memory);
      return groundedReply(answer.text, toolbox, text);
    },
  };
}

/** The model's answer when tool results back it; an honest refusal otherwise. */
export function groundedReply(answer: string | undefined, toolbox: SkillToolbox, question: string): Reply {
  if (toolbox.calls.length === 0 || !answer) return { text: UNGROUNDED_REPLY };
  const evidence = [
    question,
    ...toolbox.calls.flatMap((c) => [c.result ?? '', c.error ?? '', JSON.stringify(c.args)]),
  ];
  const unbacked = unbackedNumbers(answer, evidence);
  const used = [...new Set(toolbox.calls.map((c) => c.name))];
  if (unbacked.length > 0) {
    return {
      text: `I looked this up (${used.join(', ')}), but the answer I got states figures the data doesn't contain, so I won't pass it on.`,
    };
  }
  return {
    text: answer,
    sources: used.map((name) => ({ title: name === 'knowledge-answer' ? 'knowledge base' : `CRM: ${name}` })),
  };
}

/** Keeps the account a briefing was about, for follow-ups ("and their open deals?"). */
function rememberAccount(toolbox: SkillToolbox, memory: ConversationMemory): void {
  for (const call of toolbox.calls) {
    if (call.name !== 'account-briefing' || !call.result) continue;
    try {
      const account = (JSON.parse(call.result) as { account?: { id?: unknown; name?: unknown } }).account;
      if (typeof account?.id === 'string' && typeof account.name === 'string')
        memory.lastAccount = { id: account.id, name: account.name };
    } catch {
      // A result cut for length is not JSON; nothing to remember.
    }
  }
}
