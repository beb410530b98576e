import type { Caller, SkillServices } from '../../skills/skill';

/** Accounts at risk of churning, as the accounts-to-call digest lists them. */
export interface ChurnRiskOfAccounts {
  /** False while no churn-risk skill exists: the digest then says nothing about churn. */
  available: boolean;
  accounts: { accountId: string; text: string }[];
}

/**
 * THE SEAM for churn risk in the accounts-to-call digest. The churn-risk skill (src/skills/churn-risk)
 * was not built when this digest was: until it is, this answers `available: false` and the digest
 * leaves churn out (its figures say `churnRiskIncluded: false`). Once it exists, call it here through
 * `invokeSkill` for the caller's accounts and map each account at risk to a reason in words; the
 * accounts-to-call skill already ranks and counts `churn-risk` reasons.
 */
export async function churnRiskOfAccounts(
  _services: SkillServices,
  _caller: Caller,
): Promise<ChurnRiskOfAccounts> {
  return { available: false, accounts: [] };
}
