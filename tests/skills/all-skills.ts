import { accountBriefing } from '../../src/skills/account-briefing';
import {
  audienceSpendChange,
  buildAudience,
  exportAudience,
  listAudiences,
  refreshAudience,
  showAudience,
} from '../../src/skills/audiences';
import { atRiskDeals } from '../../src/skills/at-risk-deals';
import { auditLogSummary } from '../../src/skills/audit-trail';
import { agentAssist } from '../../src/skills/agent-assist';
import { caseMetrics, listCases, openCase, updateCase } from '../../src/skills/cases';
import { churnRisk } from '../../src/skills/churn-risk';
import { customerView } from '../../src/skills/customer-view';
import { createLead } from '../../src/skills/create-lead';
import { createTask } from '../../src/skills/create-task';
import { findTasks, updateTask } from '../../src/skills/update-task';
import { setMyTimezone, showMyProfile } from '../../src/skills/my-profile';
import { productSales } from '../../src/skills/product-sales';
import { queryRecords } from '../../src/skills/query-records';
import { catchUp } from '../../src/skills/catch-up';
import { pipelineSummary } from '../../src/skills/pipeline-summary';
import { digestDeals } from '../../src/skills/digests/digest-deals';
import { accountsToCall } from '../../src/skills/digests/accounts-to-call';
import { exportRecords } from '../../src/skills/data-export';
import { profileCollection, revenueConcentration } from '../../src/skills/data-profile';
import { findAccount, findContact, findContacts, findDeals } from '../../src/skills/find-records';
import { forecast } from '../../src/skills/forecast';
import { knowledgeAnswer } from '../../src/skills/knowledge';
import { leadConversion } from '../../src/skills/lead-conversion';
import { leadScore, topLeads } from '../../src/skills/lead-score';
import { logInteraction } from '../../src/skills/log-interaction';
import { recommendProducts } from '../../src/skills/recommendations';
import { segmentMembers, segmentMovementsSkill, segmentOfAccount } from '../../src/skills/segments';
import type { Skill } from '../../src/skills/skill';
import { listTeamMembers } from '../../src/skills/team-members';
import { personalDataLookup } from '../../src/skills/personal-data';
import { mayChangeDeal, updateDealStage } from '../../src/skills/update-deal-stage';
import { updateDeal } from '../../src/skills/update-deal';

/** Every skill of the product (a new skill belongs here, and so in the visibility matrix). */
export const ALL_SKILLS: readonly Skill<never, unknown>[] = [
  accountBriefing,
  atRiskDeals,
  createLead,
  createTask,
  updateTask,
  findTasks,
  showMyProfile,
  setMyTimezone,
  productSales,
  queryRecords,
  catchUp,
  pipelineSummary,
  digestDeals,
  accountsToCall,
  findAccount,
  findContact,
  findContacts,
  findDeals,
  forecast,
  knowledgeAnswer,
  leadScore,
  topLeads,
  leadConversion,
  buildAudience,
  listAudiences,
  showAudience,
  refreshAudience,
  audienceSpendChange,
  exportAudience,
  logInteraction,
  recommendProducts,
  segmentMembers,
  segmentMovementsSkill,
  segmentOfAccount,
  mayChangeDeal,
  updateDealStage,
  updateDeal,
  exportRecords,
  profileCollection,
  revenueConcentration,
  churnRisk,
  openCase,
  updateCase,
  listCases,
  caseMetrics,
  customerView,
  agentAssist,
  listTeamMembers,
  auditLogSummary,
  personalDataLookup,
] as unknown as readonly Skill<never, unknown>[];

/**
 * Skills the visibility matrix does not probe, each with why: they read or write no record of a
 * sales owner (a team's target figure, the caller's own digest subscriptions) or serve website
 * visitors only (whose reach tests/skills/visitor-reach.test.ts holds). A new skill is probed or
 * listed here, a decision rather than something forgotten.
 */
export const NOT_IN_THE_MATRIX: Readonly<Record<string, string>> = {
  'sales-target':
    "a team's target figure and the weighted forecast against it; no record of any owner is returned",
  'set-sales-target':
    "writes a team's target figure (managers their own team, admins any); no record of any owner",
  'list-digest-subscriptions': "the caller's own digest subscriptions, found by their user id",
  'subscribe-digest': 'subscribes the caller, by their user id, to a digest of their own scope',
  'unsubscribe-digest': "removes the caller's own subscription, by their user id",
  'note-handoff-unattended': "a website visitor's own hand-off; visitor-reach holds what visitors may call",
  'open-handoff-case': "a website visitor's own hand-off; visitor-reach holds what visitors may call",
  'route-handoff': "a website visitor's own hand-off; visitor-reach holds what visitors may call",
  'capture-website-lead':
    "a website visitor's own details as a lead; visitor-reach holds what visitors may call",
};
