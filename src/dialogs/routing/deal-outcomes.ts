/**
 * A deal's outcome told rather than asked: "we lost the Liberty Advisory integration package, they
 * went with a competitor", "lost the globex renewal to a cheaper vendor", "we won the acme expansion!",
 * "just signed the hooli seat expansion", "the initech renewal fell through - no budget". What follows
 * the deal (after a comma, a dash, "because", "as", "since", or "to" a rival) is why it was lost.
 * Counts and periods ("we lost 5 deals last month", "we lost a lot this quarter") and questions ("did
 * we lose the acme deal?") are not outcomes of one deal.
 */

/** The outcome of one deal as told. */
export interface DealOutcome {
  stage: 'closed_won' | 'closed_lost';
  /** The words that name the deal ("the Liberty Advisory integration package"). */
  dealWords: string;
  /** Why it was lost, as said ("they went with a competitor", "lost to a cheaper vendor"). */
  reason?: string;
}

/** Longest message read as an outcome (a longer one is a note of its own). */
const MAX_LENGTH = 300;
const LEAD = String.raw`^\s*(?:(?:ugh|argh|damn|well|so|sadly|unfortunately|good\s+news|great\s+news|bad\s+news|fyi|heads\s+up)[,!:.\s-]+)*`;
const WE = String.raw`(?:(?:we|i)(?:'ve|\s+have|\s+just|\s+finally|\s+officially)*\s+|just\s+)?`;
/** Where the deal's words end and the reason starts. */
const REASON_START = String.raw`(?:\s*[,;:]\s*|\s+[-–—]\s+|\s+(?:because\s+of|due\s+to|because|cause|cos|since|as|coz)\s+)`;
const LOST_VERB = String.raw`(?:lost|lose)`;
const WON_VERB = String.raw`(?:won|closed|signed|landed|booked|got)`;

const LOST = new RegExp(
  String.raw`${LEAD}${WE}${LOST_VERB}\s+(?<deal>.+?)(?:\s+to\s+(?<rival>[^,;.!?]+?))?(?:${REASON_START}(?<reason>.+?))?\s*[.!]*\s*$`,
  'i',
);
const FELL_THROUGH = new RegExp(
  String.raw`${LEAD}(?<deal>.+?)\s+(?:fell\s+through|is\s+(?:dead|lost|off)|has\s+been\s+lost|was\s+lost|died)(?:${REASON_START}(?<reason>.+?))?\s*[.!]*\s*$`,
  'i',
);
const WON = new RegExp(
  String.raw`${LEAD}${WE}${WON_VERB}\s+(?<deal>.+?)(?:${REASON_START}.*)?\s*[.!]*\s*$`,
  'i',
);
/** Words of counts, periods and records that are no one deal. */
const NOT_ONE_DEAL =
  /^(?:\d|a\s+lot|lots|many|some|several|all|most|another|two|three|four|five|\w+\s+deals?\s+(?:this|last))|\b(?:deals|opps|opportunities|cases?|tickets?|tasks?|leads?|customers|accounts|my\s+(?:mind|way|password|access|phone|notes?)|the\s+(?:file|link|email|data|connection|password|thread|chat))\b|\b(?:this|last|next)\s+(?:week|month|quarter|year)\b/i;
/** "closed the ticket", "got the email", "signed in", "got it": not a deal won. */
const NOT_WON =
  /^(?:in|up|out|off|on|it|that|this|them|back|a\s+(?:call|meeting|minute|sec)|the\s+(?:email|call|memo|message|file|invite|contract\s+(?:back|out)))\b/i;

/** The deal's words without the day it happened ("the acme renewal today"). */
function withoutDay(words: string): string {
  return words
    .replace(/\s+(?:today|yesterday|this\s+morning|this\s+afternoon|last\s+night|just\s+now|finally)$/i, '')
    .trim();
}

/** The outcome a message tells of one deal, or undefined. */
export function dealOutcomeOf(text: string): DealOutcome | undefined {
  if (text.length > MAX_LENGTH || /\?\s*$/.test(text)) return undefined;
  const message = text.replace(/[’‘]/g, "'");
  const lost = LOST.exec(message)?.groups ?? FELL_THROUGH.exec(message)?.groups;
  if (lost) {
    const dealWords = withoutDay(lost.deal!);
    if (!dealWords || NOT_ONE_DEAL.test(dealWords)) return undefined;
    const rival = lost.rival?.trim();
    const said = lost.reason?.trim().replace(/[.!]+$/, '');
    const reason = [rival ? `lost to ${rival}` : undefined, said].filter(Boolean).join('; ');
    return { stage: 'closed_lost', dealWords, ...(reason ? { reason } : {}) };
  }
  const won = WON.exec(message)?.groups;
  if (won) {
    const dealWords = withoutDay(won.deal!);
    if (!dealWords || NOT_ONE_DEAL.test(dealWords) || NOT_WON.test(dealWords)) return undefined;
    return { stage: 'closed_won', dealWords };
  }
  return undefined;
}
