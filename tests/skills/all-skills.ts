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
import { exportRecords } from '../../src/skills/data-export';
import { profileCollection } from '../../src/skills/data-profile';
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
  exportRecords,
  profileCollection,
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
