/**
 * Every intent the shipped model knows (the file names under `nlu-data/crm-intents/`), plus `oos`.
 * Names follow the bot core's `Understanding.intent` convention.
 */
export const CRM_INTENTS = [
  'briefing',
  'deal_lookup',
  'contact_lookup',
  'top_leads',
  'lead_score',
  'log_interaction',
  'create_lead',
  'update_deal_stage',
  'forecast',
  'at_risk_deals',
  'account_segment',
  'segment_members',
  'segment_movements',
  'recommendations',
  'knowledge_question',
  'digest_subscribe',
  'digest_unsubscribe',
  'handoff',
  'greeting',
  'help',
  'thanks',
  'cancel',
  'start_over',
  'confirm',
  'deny',
  'oos',
] as const;

export type CrmIntent = (typeof CRM_INTENTS)[number];
