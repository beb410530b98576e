import type { DealStage } from '../../../vocabulary';

/** A deal stage named in a message, by any of its usual names. */
export interface DealStageMention {
  readonly text: string;
  readonly stage: DealStage;
}

/** Phrases people use for each stage, longest first within a stage. */
const SYNONYMS: ReadonlyArray<[DealStage, readonly string[]]> = [
  ['closed_won', ['closed won', 'closed-won', 'closed_won', 'close won', 'won', 'signed', 'booked', 'win']],
  [
    'closed_lost',
    ['closed lost', 'closed-lost', 'closed_lost', 'close lost', 'lost', 'dead', 'went dark', 'churned'],
  ],
  [
    'negotiation',
    ['negotiation', 'negotiating', 'negotiate', 'in contract', 'contract', 'legal review', 'procurement'],
  ],
  ['proposal', ['proposal sent', 'proposal', 'quote sent', 'quoted', 'quote', 'pricing sent']],
  ['qualification', ['qualification', 'qualifying', 'qualified', 'discovery']],
  ['prospecting', ['prospecting', 'prospect stage', 'cold']],
];

/** Leads said right after the word: "qualified leads", "cold leads" are leads of that status, not deals in a stage. */
const NOT_BEFORE_LEADS = String.raw`(?![-\s]+(?:leads?|mqls?|sqls?)\b)`;

const PATTERNS = SYNONYMS.flatMap(([stage, phrases]) =>
  phrases.map((phrase) => ({
    stage,
    pattern: new RegExp(String.raw`\b${phrase.replace(/[-_ ]/g, '[-_ ]?')}\b${NOT_BEFORE_LEADS}`, 'i'),
  })),
);

/** Deal stages named in a message ("negotiating" → negotiation, "closed won", "lost"). */
export function extractDealStages(text: string): DealStageMention[] {
  const mentions: DealStageMention[] = [];
  let remaining = text;
  for (const { stage, pattern } of PATTERNS) {
    const match = pattern.exec(remaining);
    if (!match) continue;
    if (!mentions.some((m) => m.stage === stage)) mentions.push({ text: match[0], stage });
    remaining =
      remaining.slice(0, match.index) +
      ' '.repeat(match[0].length) +
      remaining.slice(match.index + match[0].length);
  }
  return mentions;
}
