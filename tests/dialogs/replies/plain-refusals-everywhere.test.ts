import type { ToolMessage } from '@langchain/core/messages';
import { z } from 'zod';
import type { CliEnvironment } from '../../../src/cli/cli-environment';
import { runCommand } from '../../../src/cli/run-command';
import { CrmError, ErrorCode } from '../../../src/core/errors';
import { silentLogger } from '../../../src/core/logger';
import { skillToolsFor } from '../../../src/dialogs/llm/skill-tools';
import type { AnySkill } from '../../../src/dialogs/llm/skill-catalog';
import { personMessageOf, refusalTextOf } from '../../../src/dialogs/replies/refusal-replies';
import type { Caller, SkillRunner } from '../../../src/skills/skill';

/** The skill layer's refusal of a role, as `invokeSkill` throws it. */
const refused = (skill: string, role: Caller['role']) =>
  new CrmError(ErrorCode.Forbidden, `Sorry, the ${role} role can't ask me that.`, { skill, role });
const support: Caller = { role: 'support', userId: 'u1', timezone: 'UTC' };
const RAW = /can't ask me that/;
const SKILL_NAME = /\b[a-z]+-[a-z]+(?:-[a-z]+)*\b/;

/** Issue 19: a refusal reads the same in plain words wherever it reaches a person: forms, the LLM's tool results, the CLI. */
describe('plain-word refusals beyond the root dialog', () => {
  it.each([
    ['forecast', 'support', /deals, pipelines and forecasts are for the sales team/],
    ['log-interaction', 'support', /logging calls, meetings and tasks on accounts is for the sales team/],
    ['create-task', 'marketing', /logging calls, meetings and tasks on accounts is for the sales team/],
    ['list-cases', 'marketing', /support cases and the customer view are for the support team/],
    ['data-export', 'rep', /exports of CRM data are for admins and analysts/],
    [
      'segment-members',
      'support',
      /customer segments, purchases and what to pitch are for sales and marketing/,
    ],
  ] as const)('a refused %s (%s) says what is not available and whom it is for', (skill, role, words) => {
    const text = refusalTextOf(refused(skill, role))!;
    expect(text).toMatch(words);
    expect(text).toContain(`the ${role} role`);
    expect(text).not.toMatch(RAW);
    expect(text).not.toMatch(new RegExp(`\\b${skill}\\b`));
  });

  it('speaks to the person asking, and leaves other errors their own message', () => {
    expect(personMessageOf(refused('forecast', 'support'), support)).toBe(
      'Sorry, that isn\'t available to you: deals, pipelines and forecasts are for the sales team. Say "help" to see what I can do for you.',
    );
    expect(personMessageOf(new CrmError(ErrorCode.NotFound, 'No account called Zork.'), support)).toBe(
      'No account called Zork.',
    );
    // Another role's refusal (a call made for someone else) is not this person's to hear as theirs.
    expect(personMessageOf(refused('forecast', 'rep'), support)).toBe(
      "Sorry, the rep role can't ask me that.",
    );
    expect(refusalTextOf(refused('forecast', 'visitor'))).toMatch(
      /^Sorry, that isn't available to website visitors: /,
    );
  });

  it('gives the LLM agent a refusal in plain words as the tool result', async () => {
    const forecast = {
      name: 'forecast',
      description: 'The forecast',
      roles: ['support'],
      input: z.object({}),
      run: async () => ({}),
    } as unknown as AnySkill;
    // A runner whose call is refused further down (a role check inside the skill layer).
    const runner: SkillRunner = {
      clock: () => new Date('2026-12-04T15:00:00Z'),
      logger: silentLogger(),
      mayCall: () => true,
      call: async () => {
        throw refused('pipeline-summary', 'support');
      },
      withoutLlm: () => runner,
    };
    const [tool] = skillToolsFor([forecast], support, runner);
    const message = (await tool!.invoke({
      name: 'forecast',
      args: {},
      id: 'call-1',
      type: 'tool_call',
    })) as ToolMessage;
    const content = String(message.content);
    expect(content).toMatch(/deals, pipelines and forecasts are for the sales team/);
    expect(content).not.toMatch(RAW);
    expect(content).not.toContain('pipeline-summary');
  });

  it('prints a refusal in plain words on the command line', async () => {
    const lines: string[] = [];
    const env = {
      err: (line: string) => lines.push(line),
      logger: silentLogger(),
    } as unknown as CliEnvironment;
    const previous = process.exitCode;
    await runCommand(env, async () => {
      throw refused('data-export', 'rep');
    })();
    process.exitCode = previous;
    expect(lines).toEqual([
      "error: Sorry, that isn't available to the rep role: exports of CRM data are for admins and analysts.",
    ]);
    expect(lines.join('\n')).not.toMatch(SKILL_NAME);
  });
});
