import type { Lead } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';

type LeadStatus = Lead['status'];

/** Words pointing back at the leads just listed ("which of those", "the ones", "them"). */
const POINTS_BACK = /\b(?:those|these|them|they|ones?|which)\b/i;

/** Lead statuses in a follow-up's words: "still open", "the qualified ones", "which converted". */
const STATUS_WORDS: ReadonlyArray<[RegExp, LeadStatus[]]> = [
  [
    /\b(?:open|still\s+(?:in\s+play|going|live|active)|not\s+(?:yet\s+)?(?:converted|closed|resolved))\b/i,
    ['new', 'working', 'qualified'],
  ],
  [/\b(?:disqualified|dropped|lost|dead)\b/i, ['disqualified']],
  [/\bconverted\b/i, ['converted']],
  [/\bqualified\b/i, ['qualified']],
  [/\bworking\b|\bin\s+progress\b/i, ['working']],
  [/\bnew\b|\buntouched\b/i, ['new']],
];

/** The lead statuses a follow-up on a lead list asks for ("which of those are still open" → new, working, qualified). */
export function leadStatusesOfFollowUp(text: string): LeadStatus[] | undefined {
  return STATUS_WORDS.find(([words]) => words.test(text))?.[1];
}

/**
 * True when, right after a campaign's leads were listed, the message narrows that list by status
 * in words pointing back at it ("which of those are still open", "only the converted ones").
 */
export function isLeadFollowUp(text: string, memory: ConversationMemory): boolean {
  return (
    memory.lastFocus === 'leads' &&
    memory.lastLeadCampaign !== undefined &&
    POINTS_BACK.test(text) &&
    leadStatusesOfFollowUp(text) !== undefined
  );
}
