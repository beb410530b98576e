import { ErrorCode, isCrmError } from '../../core/errors';
import { churnRisk } from '../../skills/churn-risk';
import { invokeSkill, type Caller, type SkillServices } from '../../skills/skill';

/** Accounts at risk of churning, as the accounts-to-call digest lists them. */
export interface ChurnRiskOfAccounts {
  /** False when no churn model could be had (too little history): the digest then says nothing about churn. */
  available: boolean;
  accounts: { accountId: string; text: string }[];
}

/** How many of the rep's riskiest customers are looked at. */
const CONSIDERED = 50;

/**
 * The rep's own active customers at high or medium churn risk, from the `churn-risk` skill (the
 * probability of churning or letting a renewal lapse in the next 90 days), each as a reason in
 * words: "churn risk 34% (high): orders fell by half; …". When the skill cannot score (no churn
 * model could be trained: UNAVAILABLE), the digest goes out without churn and says so.
 */
export async function churnRiskOfAccounts(
  services: SkillServices,
  caller: Caller,
): Promise<ChurnRiskOfAccounts> {
  try {
    const result = await invokeSkill(churnRisk, { scope: 'mine', limit: CONSIDERED }, { caller, services });
    if (result.kind !== 'list') return { available: true, accounts: [] };
    return {
      available: true,
      accounts: result.accounts
        .filter((a) => a.level !== 'low')
        .map((a) => ({
          accountId: a.accountId,
          text: `churn risk ${Math.round(a.probability * 100)}% (${a.level})${a.reasons.length ? `: ${a.reasons.map((r) => r.text).join('; ')}` : ''}`,
        })),
    };
  } catch (error) {
    if (isCrmError(error, ErrorCode.Unavailable) || isCrmError(error, ErrorCode.NotFound))
      return { available: false, accounts: [] };
    throw error;
  }
}
