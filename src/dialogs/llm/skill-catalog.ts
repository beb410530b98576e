import { accountBriefing } from '../../skills/account-briefing';
import { agentAssist } from '../../skills/agent-assist';
import { atRiskDeals } from '../../skills/at-risk-deals';
import { listCases, openCase, updateCase } from '../../skills/cases';
import { churnRisk } from '../../skills/churn-risk';
import { createLead } from '../../skills/create-lead';
import { createTask } from '../../skills/create-task';
import { customerView } from '../../skills/customer-view';
import { forecast } from '../../skills/forecast';
import { knowledgeAnswer } from '../../skills/knowledge';
import { leadConversion } from '../../skills/lead-conversion';
import {
  audienceSpendChange,
  buildAudience,
  exportAudience,
  listAudiences,
  refreshAudience,
  showAudience,
} from '../../skills/audiences';
import { leadScore, topLeads } from '../../skills/lead-score';
import { logInteraction } from '../../skills/log-interaction';
import { recommendProducts } from '../../skills/recommendations';
import { segmentMembers, segmentMovementsSkill, segmentOfAccount } from '../../skills/segments';
import type { Skill } from '../../skills/skill';
import { updateDealStage } from '../../skills/update-deal-stage';

/** A skill of any input and output, as the LLM sees it: a tool. */
export type AnySkill = Skill<any, unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every skill the LLM may call as a tool (each still checks the caller's role). */
export const LLM_SKILLS: readonly AnySkill[] = [
  accountBriefing,
  leadScore,
  topLeads,
  leadConversion,
  listAudiences,
  showAudience,
  audienceSpendChange,
  exportAudience,
  buildAudience,
  refreshAudience,
  forecast,
  atRiskDeals,
  churnRisk,
  segmentOfAccount,
  segmentMembers,
  segmentMovementsSkill,
  recommendProducts,
  knowledgeAnswer,
  listCases,
  customerView,
  agentAssist,
  openCase,
  updateCase,
  createTask,
  logInteraction,
  createLead,
  updateDealStage,
];

/** The names of the skills that change CRM records: every call the agent makes to one waits for the person's yes. */
export function writeSkillNames(skills: readonly AnySkill[]): ReadonlySet<string> {
  return new Set(skills.filter((skill) => skill.changesData === true).map((skill) => skill.name));
}
