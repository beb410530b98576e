import { tool, type StructuredToolInterface } from '@langchain/core/tools';
import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { AnySkill } from './skill-catalog';

/** One tool call of a turn: what the model asked for and what it got back. */
export interface ToolCallRecord {
  name: string;
  args: Record<string, unknown>;
  /** The result as the model saw it (JSON, shortened). */
  result?: string;
  error?: string;
}

/** A change the model proposed; the person confirms it in the dialog of that skill. */
export interface ProposedWrite {
  skill: string;
  args: Record<string, unknown>;
}

/** The tools of one turn and what happened to them. */
export interface SkillToolbox {
  tools: StructuredToolInterface[];
  calls: ToolCallRecord[];
  proposal?: ProposedWrite;
}

/** Longest tool result the model is shown; longer ones are cut (and say so). */
const MAX_RESULT_CHARS = 6_000;
/** Result fields that are files or pictures, not facts for the model. */
const BULKY = new Set(['csv', 'export', 'base64', 'png', 'images', 'chart', 'svg', 'vegaLite']);

/** A skill result as compact JSON for the model, without files and pictures. */
export function resultText(result: unknown): string {
  const json =
    JSON.stringify(result, (key, value: unknown) => (BULKY.has(key) ? undefined : value)) ?? 'null';
  return json.length > MAX_RESULT_CHARS ? `${json.slice(0, MAX_RESULT_CHARS)}… (cut)` : json;
}

/** The JSON schema of a skill's input as a caller writes it (defaults optional). */
function parametersOf(skill: AnySkill): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(skill.input, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return schema;
}

/**
 * The skills this caller's role may use, as langchain tools that run through the skill runner (role
 * check and input validation included). A CRM error comes back to the model as text it can act on.
 * Skills in `confirmFirst` change data: calling one only records a proposal, which the person
 * confirms in that skill's dialog, so the model never writes on its own.
 */
export function skillToolsFor(
  skills: readonly AnySkill[],
  caller: Caller,
  runner: SkillRunner,
  confirmFirst: ReadonlySet<string>,
): SkillToolbox {
  const toolbox: SkillToolbox = { tools: [], calls: [] };
  // The agent writes the answer itself from the tool results: skills do not call the LLM again.
  const toolRunner = runner.withoutLlm();
  for (const skill of skills.filter((s) => runner.mayCall(s, caller))) {
    const run = async (args: Record<string, unknown>): Promise<string> => {
      const record: ToolCallRecord = { name: skill.name, args };
      toolbox.calls.push(record);
      if (confirmFirst.has(skill.name)) {
        const parsed = skill.input.safeParse(args);
        if (!parsed.success) {
          record.error = parsed.error.issues
            .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
            .join('; ');
          return `error: ${record.error}`;
        }
        toolbox.proposal = { skill: skill.name, args };
        record.result = 'proposed';
        return 'Proposed. The person will be asked to confirm it in the chat; do not say it is done.';
      }
      try {
        record.result = resultText(await toolRunner.call(skill, args, caller));
        return record.result;
      } catch (error) {
        if (!(error instanceof CrmError) || error.code === ErrorCode.Internal) throw error;
        record.error = error.message;
        return `error: ${error.message}`;
      }
    };
    toolbox.tools.push(
      tool(run, { name: skill.name, description: skill.description, schema: parametersOf(skill) }),
    );
  }
  return toolbox;
}
