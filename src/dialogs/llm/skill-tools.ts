import { ToolMessage } from '@langchain/core/messages';
import { tool, type StructuredToolInterface } from '@langchain/core/tools';
import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Caller, SkillRunner } from '../../skills/skill';
import { refusalTextOf } from '../replies/refusal-replies';
import { fenceAsData } from './data-fence';
import type { AnySkill } from './skill-catalog';

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

/** Why a skill's input is not usable, in the words the skill runner uses; undefined when it is. */
export function inputProblem(skill: AnySkill, args: unknown): string | undefined {
  const parsed = skill.input.safeParse(args);
  if (parsed.success) return undefined;
  return parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}

/**
 * The skills this caller's role may use, as langchain tools that run through the skill runner (role
 * check and input validation included). Every result reaches the model fenced as data; a CRM error
 * comes back as an error result the model can act on, any other failure as a plain one (details logged). Write skills only ever run once the person
 * said yes: the agent's human-in-the-loop middleware holds their calls until then.
 */
export function skillToolsFor(
  skills: readonly AnySkill[],
  caller: Caller,
  runner: SkillRunner,
): StructuredToolInterface[] {
  // The agent writes the answer itself from the tool results: skills do not call the LLM again.
  const toolRunner = runner.withoutLlm();
  return skills
    .filter((skill) => runner.mayCall(skill, caller))
    .map((skill) =>
      tool(
        async (args: Record<string, unknown>, config): Promise<ToolMessage> => {
          const reply = (text: string, status: 'success' | 'error') =>
            new ToolMessage({
              content: fenceAsData(skill.name, text, status === 'error' ? 'error' : 'ok'),
              tool_call_id: config.toolCall?.id ?? '',
              name: skill.name,
              status,
            });
          // Checked before anything runs, so a write with unusable input never reaches the skill.
          const problem = inputProblem(skill, args);
          if (problem) return reply(`error: ${problem}`, 'error');
          try {
            return reply(resultText(await toolRunner.call(skill, args, caller)), 'success');
          } catch (error) {
            // A role refusal in plain words: what is not available and whom it is for, never a skill's name.
            if (error instanceof CrmError && error.code !== ErrorCode.Internal)
              return reply(`error: ${refusalTextOf(error) ?? error.message}`, 'error');
            // Internal details stay in the log: the model (and so the person) gets a plain failure.
            runner.logger.error({ err: error, skill: skill.name }, 'skill failed in an LLM tool call');
            return reply('error: this lookup failed on our side; it cannot be answered now', 'error');
          }
        },
        { name: skill.name, description: skill.description, schema: parametersOf(skill) },
      ),
    );
}
