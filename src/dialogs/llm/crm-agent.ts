import { randomUUID } from 'node:crypto';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { Command } from '@langchain/langgraph';
import { INTERRUPT, type BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import {
  AIMessage,
  createAgent,
  humanInTheLoopMiddleware,
  HumanMessage,
  SystemMessage,
  ToolMessage,
  type BaseMessage,
  type HITLRequest,
  type InterruptOnConfig,
} from 'langchain';
import type { Logger } from '../../core/logger';
import { ModelCallMeter } from '../../ml/llm/model-call-meter';
import type { Caller, SkillRunner } from '../../skills/skill';
import {
  contentText,
  crmAgentPolicy,
  DECLINED_NOTE,
  trailingToolMessages,
  type RunLimits,
} from './agent-policy';
import { unfence } from './data-fence';
import { writeSkillNames, type AnySkill } from './skill-catalog';
import { inputProblem, skillToolsFor } from './skill-tools';
import { confirmationReply, type CompletedWrite, type PendingWrite } from './write-replies';

/**
 * The agent's checkpointer: LangGraph's saver, plus the open confirmations, taken once each so one
 * "yes" runs a change once (StoreCheckpointSaver in skills/shared keeps both in the store).
 */
export interface AgentCheckpoints extends BaseCheckpointSaver {
  openConfirmation(threadId: string): Promise<void>;
  takeConfirmation(threadId: string): Promise<boolean>;
}

/** One tool call of a turn: what the model asked for and what it got back (as the model saw it). */
export interface ToolCallRecord {
  name: string;
  args: Record<string, unknown>;
  result?: string;
  error?: string;
}

/** How an agent run ended. */
export type AgentOutcome =
  /** The model answered (text absent when it gave none); `calls` are the tool calls it rests on. */
  | { kind: 'answer'; text?: string; calls: ToolCallRecord[] }
  /** The model wants to change data: the run waits, saved under `threadId`, for the person's answer. */
  | { kind: 'confirm'; threadId: string; writes: PendingWrite[] }
  /** The person said yes and the changes ran: those saved, and why the CRM refused any other. */
  | { kind: 'written'; writes: CompletedWrite[]; failures: string[] }
  /** The person said no: nothing ran. */
  | { kind: 'declined' }
  /** The confirmation was answered already or expired: nothing ran. */
  | { kind: 'closed' }
  /** The turn's model calls ran out (per-message rounds, or a visitor's conversation budget). */
  | { kind: 'out-of-calls'; budgetSpent: boolean; calls: ToolCallRecord[] };

/** Who asks, through which skill runner, under which system prompt. */
export interface AgentTurn {
  caller: Caller;
  runner: SkillRunner;
  systemPrompt: string;
}

export interface CrmAgentOptions {
  model: BaseChatModel;
  skills: readonly AnySkill[];
  checkpoints: AgentCheckpoints;
  /** Model calls one run may make (tool rounds plus the answer). */
  maxModelCalls: number;
  logger: Logger;
}

/**
 * The CRM assistant as a langchain agent (`createAgent`): the model calls the skills the caller may
 * use as tools; every call of a skill that changes data is held by the human-in-the-loop
 * middleware until the person says yes or no, with the run checkpointed in the store meanwhile
 * (so the answer may come after a restart, to any server). Once the changes ran, or were
 * declined, the run ends without another model call; each run is capped in model calls, and by
 * the model-call meter of the turn when one is running (a visitor's conversation budget).
 */
export class CrmAgent {
  private readonly writes: ReadonlySet<string>;

  constructor(private readonly options: CrmAgentOptions) {
    this.writes = writeSkillNames(options.skills);
  }

  /** Runs the agent on a new message. */
  async ask(text: string, turn: AgentTurn): Promise<AgentOutcome> {
    const threadId = randomUUID();
    return this.run(threadId, { messages: [new HumanMessage(text)] }, turn);
  }

  /** Resumes a run held for confirmation with the person's answer; each confirmation runs once. */
  async answer(threadId: string, answer: 'yes' | 'no', turn: AgentTurn): Promise<AgentOutcome> {
    if (!(await this.options.checkpoints.takeConfirmation(threadId))) return { kind: 'closed' };
    const saved = await this.options.checkpoints.getTuple({ configurable: { thread_id: threadId } });
    const pending = saved ? pendingWritesOf(saved.pendingWrites ?? []) : [];
    if (pending.length === 0) {
      await this.options.checkpoints.deleteThread(threadId);
      return { kind: 'closed' };
    }
    const decision = answer === 'yes' ? { type: 'approve' } : { type: 'reject', message: DECLINED_NOTE };
    return this.run(threadId, new Command({ resume: { decisions: pending.map(() => decision) } }), turn);
  }

  /** Drops a run held for confirmation (the person moved on or cancelled); nothing runs. */
  async discard(threadId: string): Promise<void> {
    await this.options.checkpoints.takeConfirmation(threadId);
    await this.options.checkpoints.deleteThread(threadId);
  }

  private async run(threadId: string, input: unknown, turn: AgentTurn): Promise<AgentOutcome> {
    const limits: RunLimits = { meter: new ModelCallMeter(this.options.maxModelCalls) };
    const agent = createAgent({
      model: this.options.model,
      tools: skillToolsFor(this.options.skills, turn.caller, turn.runner),
      systemPrompt: new SystemMessage(turn.systemPrompt),
      middleware: [
        crmAgentPolicy(this.options.skills, this.writes, limits, this.options.logger),
        this.confirmWrites(),
      ],
      checkpointer: this.options.checkpoints,
    });
    let state: { messages: BaseMessage[]; __interrupt__?: Array<{ value?: unknown }> };
    try {
      state = (await agent.invoke(input as never, {
        configurable: { thread_id: threadId },
        // One checkpoint when the run stops (held or done), not one per step.
        durability: 'exit',
      })) as unknown as typeof state;
    } catch (error) {
      await this.options.checkpoints.deleteThread(threadId).catch(() => undefined);
      throw error;
    }
    const held = (state.__interrupt__?.[0]?.value as HITLRequest | undefined)?.actionRequests;
    if (held && held.length > 0) {
      await this.options.checkpoints.openConfirmation(threadId);
      return { kind: 'confirm', threadId, writes: held.map((a) => ({ skill: a.name, args: a.args })) };
    }
    await this.options.checkpoints.deleteThread(threadId);
    return this.outcomeOf(state.messages, limits);
  }

  /** Holds every call of a write skill with usable input for the person's yes or no. */
  private confirmWrites() {
    const interruptOn: Record<string, InterruptOnConfig> = {};
    for (const skill of this.options.skills.filter((s) => this.writes.has(s.name))) {
      interruptOn[skill.name] = {
        allowedDecisions: ['approve', 'reject'],
        description: (call) =>
          confirmationReply([{ skill: call.name, args: call.args }], this.options.skills).text,
        // A call whose input the skill would refuse is not worth asking about: it goes back to the
        // model as an error (the tool checks the input before anything runs), so the person is
        // only ever asked about a change that can be made as shown.
        when: ({ toolCall }) => inputProblem(skill, toolCall.args) === undefined,
      };
    }
    return humanInTheLoopMiddleware({ interruptOn });
  }

  private outcomeOf(messages: readonly BaseMessage[], limits: RunLimits): AgentOutcome {
    const last = messages[messages.length - 1];
    const calls = toolCallsOf(messages);
    if (limits.stop === 'after-writes') {
      const results = trailingToolMessages(messages.slice(0, -1)).filter((m) =>
        this.writes.has(m.name ?? ''),
      );
      if (results.some((m) => contentText(m) === DECLINED_NOTE)) return { kind: 'declined' };
      return {
        kind: 'written',
        writes: results
          .filter((m) => m.status !== 'error')
          .map((m) => ({ skill: m.name!, result: parsedResult(contentText(m)) })),
        failures: results
          .filter((m) => m.status === 'error')
          .map((m) => unfence(contentText(m)).replace(/^error: /, '')),
      };
    }
    if (limits.stop === 'out-of-calls') {
      // Room left in the run means it was the turn's meter (the conversation budget) that ran out.
      return { kind: 'out-of-calls', budgetSpent: limits.meter.hasRoom, calls };
    }
    const text = last && AIMessage.isInstance(last) ? contentText(last).trim() : undefined;
    return { kind: 'answer', ...(text ? { text } : {}), calls };
  }
}

/** The changes a held run waits on, from its checkpoint's interrupt. */
function pendingWritesOf(writes: ReadonlyArray<[string, string, unknown]>): PendingWrite[] {
  for (const [, channel, value] of writes) {
    if (channel !== INTERRUPT) continue;
    const interrupts = (Array.isArray(value) ? value : [value]) as Array<{ value?: HITLRequest }>;
    const requests = interrupts.flatMap((i) => i.value?.actionRequests ?? []);
    if (requests.length > 0) return requests.map((a) => ({ skill: a.name, args: a.args }));
  }
  return [];
}

/** A skill result as the tool gave it to the model, read back (fence off, JSON parsed). */
function parsedResult(content: string): unknown {
  try {
    return JSON.parse(unfence(content));
  } catch {
    return undefined;
  }
}

/** The tool calls made since the person's message, and what each got back. */
function toolCallsOf(messages: readonly BaseMessage[]): ToolCallRecord[] {
  const start = messages.findLastIndex((m) => HumanMessage.isInstance(m));
  const results = new Map<string, ToolMessage>();
  for (const m of messages.slice(start + 1)) if (ToolMessage.isInstance(m)) results.set(m.tool_call_id, m);
  const records: ToolCallRecord[] = [];
  for (const m of messages.slice(start + 1)) {
    if (!AIMessage.isInstance(m)) continue;
    for (const call of m.tool_calls ?? []) {
      const result = call.id ? results.get(call.id) : undefined;
      const text = result ? contentText(result) : undefined;
      records.push({
        name: call.name,
        args: call.args,
        ...(result?.status === 'error' ? { error: text } : text !== undefined ? { result: text } : {}),
      });
    }
  }
  return records;
}
