import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ToolMessage, type AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ToolCall } from '@langchain/core/messages/tool';
import type { SkillToolbox } from './skill-tools';

/** What the agent ended with: the model's final text (absent when it gave up or proposed a change). */
export interface AgentAnswer {
  text?: string;
  /** Model calls made (one per round of tool calls, plus the final answer). */
  rounds: number;
}

/** Text content of a model message, whatever shape the provider returned. */
function textOf(message: AIMessage): string {
  if (typeof message.content === 'string') return message.content;
  return message.content
    .map((part) => ('text' in part && typeof part.text === 'string' ? part.text : ''))
    .join('');
}

/**
 * The tool-calling loop: the model answers or asks for tools; each tool call runs and its result
 * goes back as a tool message; stops at a final answer, at a proposed change (the dialog takes
 * over), or after `maxRounds` model calls.
 */
export async function runToolCallingAgent(
  model: BaseChatModel,
  toolbox: SkillToolbox,
  messages: BaseMessage[],
  maxRounds = 4,
): Promise<AgentAnswer> {
  if (toolbox.tools.length > 0 && !model.bindTools) throw new Error('this chat model cannot call tools');
  const bound = toolbox.tools.length > 0 ? model.bindTools!(toolbox.tools) : model;
  const byName = new Map(toolbox.tools.map((t) => [t.name, t]));
  const history = [...messages];
  for (let round = 1; round <= maxRounds; round++) {
    const response = (await bound.invoke(history)) as AIMessage;
    history.push(response);
    const calls = response.tool_calls ?? [];
    if (calls.length === 0) return { text: textOf(response).trim(), rounds: round };
    for (const call of calls) history.push(await runToolCall(byName, call));
    if (toolbox.proposal) return { rounds: round };
  }
  return { rounds: maxRounds };
}

async function runToolCall(
  byName: Map<string, SkillToolbox['tools'][number]>,
  call: ToolCall,
): Promise<ToolMessage> {
  const id = call.id ?? '';
  const found = byName.get(call.name);
  if (!found)
    return new ToolMessage({
      content: `error: there is no tool called ${call.name}`,
      tool_call_id: id,
      name: call.name,
    });
  try {
    const result: unknown = await found.invoke({ ...call, type: 'tool_call' });
    if (result instanceof ToolMessage) return result;
    return new ToolMessage({
      content: typeof result === 'string' ? result : JSON.stringify(result),
      tool_call_id: id,
      name: call.name,
    });
  } catch (error) {
    // Arguments that do not fit the tool's schema: tell the model, so it can correct them.
    return new ToolMessage({
      content: `error: ${(error as Error).message}`,
      tool_call_id: id,
      name: call.name,
    });
  }
}
