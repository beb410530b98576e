import type { z } from 'zod';
import { CrmError, ErrorCode } from '../core/errors';
import type { Logger } from '../core/logger';
import { crmMetrics, errorCodeLabel } from '../core/metrics';
import type { LlmServices } from '../ml/llm/language-model';
import type { Store } from '../store/store';
import type { UserRole } from '../vocabulary';
import type { ArtifactCache } from './artifact-cache';
import { auditEventOf, recordAudit } from './shared/audit-log';
import type { TeamNotifier } from './shared/team-notifier';

/** Who may call skills: the CRM roles, and anonymous website visitors. */
export type CallerRole = UserRole | 'visitor';

/** The person (or process) on whose behalf a skill runs. */
export interface Caller {
  role: CallerRole;
  /** The CRM user id; absent for visitors. */
  userId?: string;
  name?: string;
  team?: string;
  timezone: string;
  /** The channel the request came through (`slack`, `msteams`, `webchat`, …), for the audit log. */
  channel?: string;
}

/**
 * `CRM_VISIBILITY`: `team` (the default) shows sales records in full only to their owner's team;
 * `all` shows every CRM role every record in full. The rule itself is in skills/shared/visibility-policy.
 */
export type CrmVisibility = 'team' | 'all';

/** Services every skill may use; built once by a composition root. */
export interface SkillServices {
  readonly store: Store;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Directory of trained model artifacts (models/<name>/<version>/): the shipped ones. */
  readonly modelsDir: string;
  /**
   * Directory that models trained from this CRM at run time are written to and read from beside
   * `modelsDir` (the newer version wins): data of this installation (TRAINED_MODELS_DIR, by default
   * DATA_DIR/models). Absent: `modelsDir` (tests and benches that keep everything in one directory).
   */
  readonly trainedModelsDir?: string;
  /** Directory of knowledge documents. */
  readonly knowledgeDir: string;
  /** Loaded models and indexes, shared by all turns of the process. */
  readonly artifacts: ArtifactCache;
  /** The LLM, when one is configured (OPENAI_API_KEY / OPENAI_BASE_URL); skills work without it. */
  readonly llm?: LlmServices;
  /** Who sees which records (CRM_VISIBILITY); absent means `team`, the stricter one. */
  readonly visibility?: CrmVisibility;
  /** Reaches people of the team (Slack), when a channel that can is configured. */
  readonly notifier?: TeamNotifier;
  /** False turns the audit log off (benches measuring its cost); absent or true writes it. */
  readonly audit?: boolean;
}

export interface SkillContext {
  readonly caller: Caller;
  readonly services: SkillServices;
}

/**
 * One capability: a name, a description (also shown to an LLM as a tool), the roles allowed to
 * call it, a typed input schema and a function returning data (never prose: rendering is the edge's job).
 */
export interface Skill<Input, Output> {
  readonly name: string;
  readonly description: string;
  readonly roles: readonly CallerRole[];
  readonly input: z.ZodType<Input>;
  /**
   * True when the skill creates or changes CRM records. Callers that act for a person (the LLM
   * agent) must have each such call confirmed by that person before it runs.
   */
  readonly changesData?: boolean;
  run(input: Input, context: SkillContext): Promise<Output>;
}

/** Declares a skill (identity function that keeps its types). */
export function defineSkill<Input, Output>(skill: Skill<Input, Output>): Skill<Input, Output> {
  return skill;
}

/** True when the caller's role may call the skill. */
export function mayCall(skill: Skill<unknown, unknown>, caller: Caller): boolean {
  return skill.roles.includes(caller.role);
}

/**
 * Calls a skill the only way it should be called: checks the caller's role (FORBIDDEN) and
 * validates the input (INVALID_INPUT, naming each bad field) before running it; then appends an
 * audit entry when the call returned or changed CRM records (see skills/shared/audit-log). Counts
 * the call, and its failure by error code, on `/metrics`.
 */
export async function invokeSkill<Input, Output>(
  skill: Skill<Input, Output>,
  rawInput: unknown,
  context: SkillContext,
): Promise<Output> {
  crmMetrics.skillCalls.inc({ skill: skill.name });
  try {
    return await checkAndRun(skill, rawInput, context);
  } catch (error) {
    crmMetrics.skillErrors.inc({ skill: skill.name, code: errorCodeLabel(error) });
    throw error;
  }
}

async function checkAndRun<Input, Output>(
  skill: Skill<Input, Output>,
  rawInput: unknown,
  context: SkillContext,
): Promise<Output> {
  if (!mayCall(skill as Skill<unknown, unknown>, context.caller)) {
    throw new CrmError(
      ErrorCode.Forbidden,
      // Plain words: the skill's name is internal (it stays in the details, for logs).
      `Sorry, ${describeRole(context.caller.role)} can't ask me that.`,
      {
        skill: skill.name,
        role: context.caller.role,
      },
    );
  }
  const parsed = skill.input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
    throw new CrmError(ErrorCode.InvalidInput, `I couldn't use that: ${issues.join('; ')}`, {
      skill: skill.name,
      issues,
    });
  }
  const output = await skill.run(parsed.data, context);
  const event =
    context.services.audit === false ? undefined : auditEventOf(skill, context.caller, parsed.data, output);
  if (event) {
    try {
      await recordAudit(context.services.store, event, context.services.clock(), (error) =>
        context.services.logger.error({ err: error, skill: skill.name }, 'an audit entry of a read was lost'),
      );
    } catch (error) {
      context.services.logger.error({ err: error, skill: skill.name }, 'could not write the audit entry');
    }
  }
  return output;
}

/**
 * What dialogs and channels get instead of the services: skills to call (each call role-checked and
 * validated by `invokeSkill`), the clock and the logger — and no store, so every read of a record
 * goes through a skill.
 */
export interface SkillRunner {
  readonly clock: () => Date;
  readonly logger: Logger;
  /** Runs a skill for this caller (FORBIDDEN for a role it does not list, INVALID_INPUT for bad input). */
  call<Input, Output>(skill: Skill<Input, Output>, input: unknown, caller: Caller): Promise<Output>;
  /** True when the caller's role may call the skill (for help, suggestions and the LLM's tools). */
  mayCall(skill: { readonly roles: readonly CallerRole[] }, caller: Caller): boolean;
  /** The same skills with no LLM behind them (the LLM agent writes its answer itself). */
  withoutLlm(): SkillRunner;
}

/** The skill runner over a process's services. */
export function skillRunnerOf(services: SkillServices): SkillRunner {
  return {
    clock: services.clock,
    logger: services.logger,
    call: (skill, input, caller) => invokeSkill(skill, input, { caller, services }),
    mayCall: (skill, caller) => skill.roles.includes(caller.role),
    withoutLlm: () => {
      const { llm: _answersWrittenByTheAgent, ...withoutLlm } = services;
      return skillRunnerOf(withoutLlm);
    },
  };
}

function describeRole(role: CallerRole): string {
  return role === 'visitor' ? 'website visitors' : `the ${role} role`;
}
