import { ErrorCode, isCrmError } from '../../core/errors';
import { salesTarget } from '../../skills/digests';
import type { ForecastResult } from '../../skills/forecast';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { Reply } from '../reply';
import { formatMoney } from '../replies/format';
import { targetStandingReply } from './target-standing';

/**
 * A forecast asked against the team's target with no amount said ("forecast vs target q4", "q3
 * forecast against quota", "how does the forecast compare to our target", "forecast relative to
 * plan"): the saved target of the forecast's period is looked up.
 */
const AGAINST_TARGET =
  /\b(?:vs\.?|versus|against|compared?\s+(?:to|with)|relative\s+to|next\s+to|v\.?\s|over|under|of)\s+(?:the\s+|our\s+|my\s+|team\s+|its\s+|their\s+)?(?:sales\s+)?(?:target|quota|plan|goal)s?\b|\b(?:target|quota)\s+(?:vs\.?|versus|against|and)\s+(?:the\s+)?forecast\b/i;

/** True when a forecast question asks it against the team's target. */
export function asksForecastAgainstTarget(text: string): boolean {
  return AGAINST_TARGET.test(text);
}

/**
 * The forecast's reply with the team's saved target for its period after it: how the weighted
 * forecast stands against it, or that no target is set (and how to set one). A team the caller
 * may not see the target of leaves the forecast as it is.
 */
export async function withTeamTarget(
  reply: Reply,
  result: ForecastResult,
  team: string | undefined,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  if (!skills.mayCall(salesTarget, caller)) return reply;
  let answer;
  try {
    answer = await skills.call(
      salesTarget,
      { period: result.period.label, ...(team ? { team } : {}) },
      caller,
    );
  } catch (error) {
    if (
      isCrmError(error, ErrorCode.NotFound) ||
      isCrmError(error, ErrorCode.Forbidden) ||
      isCrmError(error, ErrorCode.InvalidInput)
    )
      return reply;
    throw error;
  }
  if (!answer.target) {
    const setOne =
      caller.role === 'rep'
        ? 'your manager or an admin can set one'
        : `set one with "set the ${answer.team} target for ${answer.period} to 1.2M"`;
    return {
      ...reply,
      text: `No target is set for ${answer.team} for ${answer.period}, so there is nothing to hold the forecast against (${setOne}).\n\n${reply.text}`,
    };
  }
  const standing = await targetStandingReply(
    answer,
    `The ${answer.team} target for ${answer.period} is ${formatMoney(answer.target.amount, answer.target.currency)}.`,
    caller,
    skills,
  );
  return { ...reply, text: `${standing.text}\n\n${reply.text}` };
}
