import { patternOf } from '../../core/patterns';
/**
 * Questions about customer segments read by the segment names they contain, never by what is left
 * after dropping command words: "can I get the potential loyalists list as a csv" names
 * "potential loyalists" whatever words surround it, "how big is each of our segments rn" names none
 * and asks for the sizes of all of them, and "who slid into about to sleep this month" is a
 * movement into About to sleep.
 */

/** Segment names as people type them, longest first; `key` is the name the segment skills look up. */
const NAMES: ReadonlyArray<{ pattern: RegExp; key: string }> = [
  { pattern: /potential[- ]loyal(?:ists?)?/, key: 'potential loyalists' },
  { pattern: /need(?:s|ing)?[- ](?:some\s+)?attention/, key: 'need attention' },
  { pattern: /about[- ]to[- ]sleep|(?:going|falling)\s+(?:to\s+)?sleep|sleepy/, key: 'about to sleep' },
  { pattern: /at[- ]risk/, key: 'at risk' },
  { pattern: /can(?:no|['’])?t[- ]lose/, key: "can't lose" },
  { pattern: /new[- ]customers?/, key: 'new customers' },
  { pattern: /(?:best|top|biggest|big)[- ](?:customers?|spenders?|accounts?|clients?)/, key: 'champions' },
  { pattern: /champions?|champs?/, key: 'champions' },
  { pattern: /loyal(?:ists?)?/, key: 'potential loyalists' },
  { pattern: /promising/, key: 'promising' },
  { pattern: /hibernating|hibernat(?:e|ion)/, key: 'hibernating' },
  { pattern: /lost/, key: 'lost' },
];

const NAME = new RegExp(`\\b(?:${NAMES.map((n) => n.pattern.source).join('|')})\\b`, 'gi');

/** Words about deals and stages: a move of a deal, not of a customer between segments. */
const DEAL_WORDS =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|stages?|negotiation|proposal|qualification|prospecting|closed|won)\b/i;

/** A segment named in the text, as written, with where it starts. */
interface NamedSegment {
  written: string;
  key: string;
  index: number;
}

function namedSegments(text: string): NamedSegment[] {
  return [...text.matchAll(NAME)].map((m) => ({
    written: m[0],
    key: NAMES.find((n) => patternOf(`^(?:${n.pattern.source})$`, 'i').test(m[0]))!.key,
    index: m.index,
  }));
}

/**
 * The segment a question names, as the segment skills look it up ("the potential loyalists list as
 * a csv" → "potential loyalists", "our best customers" → "champions"); undefined when it names none.
 * "lost" counts only when nothing else is named (it is mostly a word about deals).
 */
export function segmentNameIn(text: string): string | undefined {
  const named = namedSegments(text);
  return (named.find((n) => n.key !== 'lost') ?? named[0])?.key;
}

/** Asking how a segment is made or what it means is a question for the documentation. */
const ABOUT_THE_METHOD =
  /\bhow\s+(?:are|is|do|does|did)\b.*\b(?:calculated|computed|made|built|work|works|defined|decided|determined|assigned|chosen)\b|\bwhat\s+(?:does|do|is|are)\b.*\b(?:mean|meaning|definition)\b|\bsegmentation\b/i;
/** Every segment at once: "how big is each of our segments", "accounts per segment", "segment breakdown". */
const ALL_SEGMENTS =
  /\b(?:each|every|all|per|by|the|our|your|my|what|which|list|show)\s+(?:(?:of\s+)?(?:our|the|my|your|customer|account)\s+)?segments\b|\b(?:each|every|per|by)\s+segment\b|\bsegments?\s+(?:sizes?|breakdown|overview|split|distribution|mix|counts?|summary|numbers|totals?|membership)\b|\b(?:sizes?|breakdown|overview|split|distribution|mix|counts?|summary|numbers)\s+(?:of\s+|by\s+|per\s+|across\s+)?(?:our\s+|the\s+|all\s+|customer\s+|each\s+)?segments?\b|\bsegments\s*[?.!]*\s*$/i;

/**
 * True when the message asks about all segments at once (their sizes): it names no segment, speaks
 * of segments in the plural or of each/every segment, and does not ask how segmentation works.
 */
export function isSegmentOverview(text: string): boolean {
  return (
    !segmentNameIn(text) && ALL_SEGMENTS.test(text) && !ABOUT_THE_METHOD.test(text) && !DEAL_WORDS.test(text)
  );
}

/** Verbs of moving between segments, in their everyday forms ("slid into", "fell out of", "moved up to", "became"). */
const MOVE_VERB =
  /\b(?:mov(?:e|ed|es|ing)|sl(?:id|ide|ides|iding)|slip(?:s|ped|ping)?|drop(?:s|ped|ping)?|f(?:e|a)ll(?:s|en|ing)?|went|gone|bec(?:a|o)me|becoming|turn(?:s|ed|ing)?|join(?:s|ed|ing)?|enter(?:s|ed|ing)?|climb(?:s|ed|ing)?|r(?:o|i)se|risen|rising|graduat(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)|downgrad(?:e|ed|es|ing)|promot(?:e|ed|ing)|demot(?:e|ed|ing)|switch(?:ed|es|ing)?|shift(?:s|ed|ing)?|transition(?:s|ed|ing)?|sank|sunk|sink(?:s|ing)?|declin(?:e|ed|es|ing)|slump(?:s|ed|ing)?|improv(?:e|ed|es|ing)|worsen(?:s|ed|ing)?|newly|new\s+(?:to|in))\b/i;
/** "segment changes", "segment movements", "who changed segment". */
const SEGMENT_CHANGES =
  /\bsegments?\s+(?:changes?|movements?|moves?|shifts?|migrations?|transitions?|flows?)\b|\b(?:changed|switched|moved|changing|switching|moving)\s+segments?\b/i;

const UP =
  /\b(?:up|upwards?|upgrad\w*|improv\w*|climb\w*|rose|risen|ris(?:e|es|ing)|promot\w*|graduat\w*|better)\b/i;
const DOWN =
  /\b(?:down|downwards?|downgrad\w*|drop(?:s|ped|ping)?|slip(?:s|ped|ping)?|sl(?:id|ide|ides|iding)|f(?:e|a)ll(?:s|en|ing)?|sank|sunk|sink\w*|declin\w*|slump\w*|demot\w*|worse\w*)\b/i;
/** "left champions", "exited need attention": a verb of leaving right before the name is a move too. */
const LEFT = /\b(?:left|leav(?:e|es|ing)|exit(?:s|ed|ing)?)\s+(?:the\s+|our\s+)?$/i;
/** Advice ("how can we improve our champions' retention") is not a question about moves. */
const ADVICE = /^\s*how\s+(?:can|could|should|do|would|might)\b/i;
/** Words just before a segment name that make it where accounts came from. */
const FROM_WORDS =
  /\b(?:from|out\s+of|left|leav(?:e|es|ing)|exit(?:s|ed|ing)?|no\s+longer(?:\s+(?:in|a|an))?|off)\s+(?:the\s+|our\s+)?$/i;

/**
 * What to do with a segment's customers: "what should we do with the need attention lot", "whats the
 * play for champions", "how do we re-engage …", "suggested action for …": its members, with the
 * segment's suggested action.
 */
const SEGMENT_ADVICE =
  /\bwhat\s+(?:should|shall|do|can|could|would)\s+(?:we|i)\s+do\s+(?:with|about|for)\b|\bhow\s+(?:should|do|can|could|would|shall)\s+(?:we|i)\s+(?:handle|treat|approach|target|engage|re-?engage|market\s+to|deal\s+with|win\s+back|reactivate|nurture)\b|\bwhat(?:'s|s|\s+is)\s+the\s+(?:play|plan|strategy|playbook|next\s+step|recommended\s+action|suggested\s+action|recommendation)\s+(?:for|with)\b|\bwhat\s+(?:do|would)\s+you\s+(?:suggest|recommend|advise)\s+(?:for|with)\b|\bany\s+(?:ideas|suggestions|tips|recommendations)\s+(?:for|on)\b|\b(?:suggested|recommended)\s+(?:action|play|next\s+step)s?\s+(?:for|with)\b/i;

/** Which segments a movement question names, and in which direction: what the segment-movements skill takes. */
export interface SegmentMove {
  fromSegment?: string;
  toSegment?: string;
  direction?: 'up' | 'down';
}

/**
 * Where a movement question says accounts came from and went to, as written ("from Loyal to At
 * risk"), and its direction when it says one ("moved up", "dropped", "slid into", "fell out of").
 * A name after "from", "out of", "left" is the segment they came from; any other is where they went.
 */
export function segmentMoveOf(text: string): SegmentMove {
  const move: SegmentMove = {};
  for (const named of namedSegments(text)) {
    const before = text.slice(Math.max(0, named.index - 20), named.index);
    if (FROM_WORDS.test(before)) move.fromSegment ??= named.written;
    else move.toSegment ??= named.written;
  }
  const direction = UP.test(text) ? 'up' : DOWN.test(text) ? 'down' : undefined;
  return { ...move, ...(direction ? { direction } : {}) };
}

/** The word "segment" said of a segment's name ("the at risk segment", "segment: champions"). */
const NAMED_AS_SEGMENT = /\bsegments?\b/i;
/** "which segment is Acme in", "what segment does Globex belong to": one account's segment. */
const ONE_ACCOUNTS_SEGMENT = /\b(?:what|which)\s+segment\b|\bbelong/i;

/** The intent of a segment question the intent model may miss: a move between segments, or all segments' sizes. */
export type SegmentIntent = 'segment_movements' | 'segment_members';

/**
 * Reads a question about segments by its words: a verb of moving with a segment name ("who slid
 * into about to sleep this month", "which accounts fell out of champions") or "segment changes" is
 * a movement; a question about every segment ("how many accounts per segment") is the members
 * handler's overview. Questions about deals, and how segmentation works, are not segment questions.
 */
export function segmentIntentOf(text: string): SegmentIntent | undefined {
  if (DEAL_WORDS.test(text) || ABOUT_THE_METHOD.test(text)) return undefined;
  // "what should we do with the need attention lot": the members and the segment's suggested action
  // (at risk and lost are the churn model's and the deals' words too: left as they were read).
  const advised = namedSegments(text).filter((n) => n.key !== 'at risk' && n.key !== 'lost');
  if (advised.length && SEGMENT_ADVICE.test(text)) return 'segment_members';
  if (ADVICE.test(text)) return undefined;
  if (SEGMENT_CHANGES.test(text)) return 'segment_movements';
  // "lost" is mostly said of deals and customers gone; only "segment" words make it a segment here.
  const named = namedSegments(text).filter((n) => n.key !== 'lost' || /\bsegments?\b/i.test(text));
  const left = named.some((n) => LEFT.test(text.slice(Math.max(0, n.index - 20), n.index)));
  if (named.length && (MOVE_VERB.test(text) || left)) return 'segment_movements';
  if (isSegmentOverview(text)) return 'segment_members';
  // "how many accounts are in the at risk segment": a segment named as one is its members, never churn or deals.
  if (named.length && NAMED_AS_SEGMENT.test(text) && !ONE_ACCOUNTS_SEGMENT.test(text))
    return 'segment_members';
  return undefined;
}

/** Chat filler and request words that are never part of a segment's name ("rn", "pls", "can I get", "as a file"). */
const FILLER =
  /\b(?:rn|atm|pls|plz|please|can|could|would|will|i|you|u|get|give|grab|pull|want|wanna|like|send|download|export|csv|file|spreadsheet|excel|sheet|list|lists|now|today|currently|each|every|per|just|quick|quickly|again|those|these|them|ok|okay|hey|hi|thanks|thx|for|to|on|so|far|at|moment|size|sizes|up)\b/g;

/**
 * The words left of a segment name once chat filler is gone: for a name the vocabulary does not
 * know, so that "There is no … segment" quotes the name the person typed, not "can i … rn".
 */
export function withoutFillerWords(phrase: string): string {
  return phrase.toLowerCase().replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}
