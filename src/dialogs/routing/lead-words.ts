import { numberSaid, numberWordsBetween, type Lead } from '../../vocabulary';

// The words of lead questions that several readers share (marketing's intents, lead counts, lead
// conversion rates): one module, so those readers need not import each other.

/** A lead-record question about converting or scoring ("which leads will convert", "score the leads"). */
export const CONVERSION =
  /\b(?:conver(?:t|ts|ting|ted|sion)|likel(?:y|iest)|scor(?:e|es|ed|ing)|rank|rate|probabilit(?:y|ies))\b/i;
/** Words that name a campaign on their own ("the webinar", "SaaS Connect", "the pricing guide"). */
const CAMPAIGN_WORDS =
  /\b((?:(?:spring|summer|autumn|fall|winter|saas|pricing|q[1-4]|last|our|the)\s+){0,2}(?:webinar|webinars|connect|conference|trade ?show|roadshow|event|ebook|e-book|guide|campaign))(?:\s+(20\d\d))?\b/i;
/** "leads from the spring webinar", "leads of SaaS Connect 2026": the words after the preposition. */
const LEADS_FROM =
  /\bleads\s+(?:that\s+came\s+)?(?:from|of|at)\s+(?:the\s+|our\s+)?(.+?)(?:\s+(?:are|is|will|would|most|likely|to|by|ranked|who|that|and|looking|doing|going|performing|shaping|coming|trending|tracking|lately|recently|so\s+far|this|last)\b|[?.!,]|$)/i;
/** Regions and owners are not campaigns ("leads from EMEA", "leads of my team"). */
const NOT_A_CAMPAIGN = /^(?:emea|apac|latam|na|europe|north america|my team|the team|me|my|us|everyone)$/i;
// Chat before web: "leads that came through the website chat" came by chat.
const SOURCE_WORDS: ReadonlyArray<[RegExp, Lead['source']]> = [
  [/\b(?:chat|live\s+chat)\b/i, 'chat'],
  [/\b(?:web|website|web\s?site|online\s+form|web\s+form)\b/i, 'web'],
  [/\bevents?\b/i, 'event'],
  [/\breferrals?\b/i, 'referral'],
  [/\boutbound\b/i, 'outbound'],
  [/\bpartners?\b/i, 'partner'],
];
/** The lead source a message names ("website chat" → chat, "referrals" → referral), if any. */
export function leadSourceOf(text: string): Lead['source'] | undefined {
  return SOURCE_WORDS.find(([words]) => words.test(text))?.[1];
}

/** Each source's words, every place of them (only ever given to `replace`, which starts each search from the start). */
const SOURCE_WORDS_ANYWHERE = SOURCE_WORDS.map(([words]) => new RegExp(words.source, 'gi'));

/** The message without its words of lead sources ("and from chat?" → "and from  ?"). */
export function withoutLeadSources(text: string): string {
  return SOURCE_WORDS_ANYWHERE.reduce((rest, words) => rest.replace(words, ' '), text);
}

/** The campaign a lead question names ("score the leads from the webinar" → "webinar"), if any. */
export function campaignOfLeads(text: string): string | undefined {
  const from = LEADS_FROM.exec(text)?.[1]?.trim();
  if (from && !NOT_A_CAMPAIGN.test(from) && !CONVERSION.test(from)) return from;
  const named = CAMPAIGN_WORDS.exec(text);
  if (!named) return undefined;
  const words = named[1]!.replace(/^(?:(?:last|our|the)\s+)+/i, '');
  // "which campaign brought the most leads": the word itself names no campaign.
  if (/^campaigns?$/i.test(words) && !named[2]) return undefined;
  return named[2] ? `${words} ${named[2]}` : words;
}

/** A word that ranks what follows: "top leads", "best leads", "hottest leads". */
const RANKING_WORD =
  /\b(?:top|best|hottest|hot|warmest|likeliest|likely|most|biggest|strongest|promising|rank(?:ed|ing)?|priorit\w*|first)\b/i;

/**
 * What a ranking by chance ranks. Sales people say "top leads" for their best opportunities ("my top
 * leads", "top leads for my team": deals by win chance, as the Slack App Home asks it); lead records
 * only when the words say so ("new leads", "inbound leads", "leads to convert") or a count of the
 * leads one owns is asked ("how many leads do i own in total"), or the leads are asked without a
 * ranking word ("leads", "my leads?", "show me my leads": one's lead records, not a ranking of deals).
 */
export function rankedRecordsOf(text: string): 'leads' | 'deals' {
  return (/\bleads\b/i.test(text) && !RANKING_WORD.test(text)) ||
    /\b(?:new|inbound|web|unqualified|unconverted|open)\s+leads\b|\bleads\s+to\s+(?:convert|qualify)\b/i.test(
      text,
    ) ||
    asksOwnedLeadCount(text) ||
    leadStatusAskedOf(text) ||
    LEADS_COMING_IN.test(text)
    ? 'leads'
    : 'deals';
}

/** A count said before the records ranked, in digits or words ("top 5 deals", "top three leads"). */
const COUNT = String.raw`\d+|${numberWordsBetween(1, 50)}`;
const RANKED_COUNT = new RegExp(
  String.raw`\b(?:top|best)\s+(${COUNT})\s+(?:\w+\s+)?(?:deals|opps|opportunities|leads)\b|\b(${COUNT})\s+(?:best|hottest|likeliest)\s+(?:deals|opps|opportunities|leads)\b`,
  'i',
);
/** The most rows a ranking shows (the top-leads skill's limit). */
const MOST_RANKED = 50;

/**
 * How many ranked deals or leads were asked for ("hmu with my top 5 deals", "my 5 best deals", "top
 * three leads"), or undefined when no count comes right before the records.
 */
export function rankedCountOf(text: string): number | undefined {
  const said = RANKED_COUNT.exec(text);
  const count = said?.[1] ?? said?.[2];
  if (!count) return undefined;
  const n = numberSaid(count) ?? NaN;
  return n >= 1 ? Math.min(n, MOST_RANKED) : undefined;
}

/**
 * A count of the leads someone owns ("how many leads do i own in total", "how many leads are
 * assigned to me", "count my leads", "how many leads does my team have"): every lead of theirs by
 * status. Not leads arriving, from a source or campaign, or converting (marketing's counts).
 */
export function asksOwnedLeadCount(text: string): boolean {
  return (
    /\bhow\s+many\b|\bnumber\s+of\b|\bcount\b/i.test(text) &&
    /\bleads\b/i.test(text) &&
    /\b(?:do|does)\s+(?:i|my\s+team|the\s+team|[a-z]+)\s+(?:own|have|hold)\b|\b(?:assigned|belong\w*)\s+to\s+(?:me|my\s+team)\b|\bcount\s+my\b|\b(?:my|i\s+own|i\s+have)\b.*\bleads\b|\bleads\b.*\b(?:i|my\s+team)\s+(?:own|have)\b/i.test(
      text,
    ) &&
    !/\b(?:came|come|coming|arrived|from|via|through|converted?|convert(?:s|ing)|web|referrals?|events?|partners?|outbound|chat|webinar|campaign|deals?|opps?)\b/i.test(
      text,
    )
  );
}

/** Leads as arrivals ("which leads did i get this week", "leads assigned to me since monday"). */
const LEADS_COMING_IN =
  /\bleads\b[\w\s']{0,25}?\b(?:c[ao]me\s+in|arrived|(?:were\s+|got\s+)?assigned|created|added|did\s+(?:i|we)\s+(?:get|receive)|(?:i|we)\s+(?:got|received))\b/i;

/** A lead still being pursued, said in words: "being worked", "in working", "qualified". */
const LEADS_BEING_WORKED =
  /\bleads?\b[\w\s']{0,30}?\b(?:(?:still\s+)?being\s+worked(?:\s+on)?|(?:in|with)\s+(?:(?:the\s+)?status\s+)?working|(?:i\s*'?m|i\s+am|am\s+i|we\s*'?re|we\s+are|are\s+we)\s+(?:still\s+)?working(?:\s+on)?)\b|\bworking\s+leads\b|\bleads?\s+(?:in\s+)?(?:status\s+)?["']?working["']?\s*[?.!]*$/i;
const QUALIFIED_LEADS =
  /\b(?<!un|dis)qualified\s+leads\b|\bleads?\s+(?:that\s+(?:are|were)\s+|in\s+(?:(?:the\s+)?status\s+)?|already\s+)qualified\b/i;

/**
 * The open status a question about lead records names ("my leads that are still being worked" →
 * working, "qualified leads" → qualified), if any. "Unqualified" and "disqualified" leads are not
 * the qualified status, and "leads to qualify" asks for a ranking, not a status.
 */
export function leadStatusAskedOf(text: string): 'working' | 'qualified' | undefined {
  if (LEADS_BEING_WORKED.test(text)) return 'working';
  if (QUALIFIED_LEADS.test(text)) return 'qualified';
  return undefined;
}

/**
 * The days a question about lead records says the leads came in ("new leads in the last 2 weeks",
 * "leads assigned to me this month"): the period named, read as when the lead was created. A
 * question about converting in a period is not about when leads came in.
 */
export function leadsCreatedIn(
  text: string,
  periods: ReadonlyArray<{ start: string; end: string }>,
): { createdFrom: string; createdTo: string } | undefined {
  const period = periods[0];
  if (!period || /\bconvert(?:ed|s|ing)?\b|\bconversions?\b/i.test(text)) return undefined;
  return { createdFrom: period.start, createdTo: period.end };
}
