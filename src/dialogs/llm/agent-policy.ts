import { isGraphInterrupt } from '@langchain/langgraph';
import { AIMessage, createMiddleware, ToolInvocationError, ToolMessage, type BaseMessage } from 'langchain';
import type { Logger } from '../../core/logger';
import { currentModelCallMeter, type ModelCallMeter } from '../../ml/llm/model-call-meter';
import { fenceAsData } from './data-fence';
import type { AnySkill } from './skill-catalog';
import { inputProblem } from './skill-tools';

/** What the reject decision tells the agent; the run then ends without calling the model. */
export const DECLINED_NOTE = 'The person said no: nothing was saved.';

/** What one run counted, and why the policy ended it instead of calling the model. */
export interface RunLimits {
  readonly meter: ModelCallMeter;
  stop?: 'after-writes' | 'out-of-calls';
}

/** The ToolMessages that close the history (the results the model is about to read). */
export function trailingToolMessages(messages: readonly BaseMessage[]): ToolMessage[] {
  const trailing: ToolMessage[] = [];
  for (let i = messages.length - 1; i >= 0 && ToolMessage.isInstance(messages[i]); i--)
    trailing.unshift(messages[i] as ToolMessage);
  return trailing;
}

/** A message's text, whatever shape its content has. */
export const contentText = (message: BaseMessage): string =>
  typeof message.content === 'string' ? message.content : message.text;

/** The arguments of the tool call a result answers. */
function argsOf(messages: readonly BaseMessage[], result: ToolMessage): Record<string, unknown> | undefined {
  for (const m of messages) {
    if (!AIMessage.isInstance(m)) continue;
    const call = m.tool_calls?.find((c) => c.id === result.tool_call_id);
    if (call) return call.args;
  }
  return undefined;
}

/**
 * The agent's house rules, as langchain middleware:
 * - a change the person answered ends the run without another model call: its result (saved, or
 *   refused by the CRM) or the "no" is what the bot reports, in its own words. A write call with
 *   usable input runs only after a yes (the human-in-the-loop middleware holds it), so such a
 *   result is always an answered one; a call with unusable input goes back to the model to fix;
 * - the run's model calls are capped, and so are the turn's (a visitor's conversation budget);
 * - a tool call the model got wrong, or that failed, comes back to the model as a fenced error
 *   (details of unexpected failures only in the log), never as an exception that ends the turn.
 */
export function crmAgentPolicy(
  skills: readonly AnySkill[],
  writes: ReadonlySet<string>,
  limits: RunLimits,
  logger: Logger,
) {
  const stop = (why: NonNullable<RunLimits['stop']>) => {
    limits.stop = why;
    return new AIMessage({ content: '' });
  };
  const skillNamed = (name: string) => skills.find((s) => s.name === name);
  return createMiddleware({
    name: 'CrmAgentPolicy',
    wrapModelCall: async (request, handler) => {
      const answered = trailingToolMessages(request.messages).some((result) => {
        const skill = skillNamed(result.name ?? '');
        if (!skill || !writes.has(skill.name)) return false;
        if (contentText(result) === DECLINED_NOTE) return true;
        return inputProblem(skill, argsOf(request.messages, result) ?? {}) === undefined;
      });
      if (answered) return stop('after-writes');
      const turnMeter = currentModelCallMeter();
      if (!limits.meter.hasRoom || (turnMeter && !turnMeter.hasRoom)) return stop('out-of-calls');
      limits.meter.tryUse();
      turnMeter?.tryUse();
      return handler(request);
    },
    wrapToolCall: async (request, handler) => {
      try {
        return await handler(request);
      } catch (error) {
        if (isGraphInterrupt(error)) throw error;
        const { name, args, id } = request.toolCall;
        const skill = skillNamed(name);
        let problem: string;
        if (ToolInvocationError.isInstance(error) && skill)
          problem = inputProblem(skill, args) ?? 'the input does not fit the tool';
        else if (!skill) problem = `there is no tool called ${name}`;
        else {
          logger.error({ err: error, skill: name }, 'LLM tool call failed');
          problem = 'this lookup failed on our side; it cannot be answered now';
        }
        return new ToolMessage({
          content: fenceAsData(name, `error: ${problem}`, 'error'),
          tool_call_id: id ?? '',
          name,
          status: 'error',
        });
      }
    },
  });
}
