import type { CaseChannel, CasePriority } from '../../vocabulary';
import { asksOfEachOfUs } from '../understanding/each-of-us';

/**
 * A question that sums cases up rather than naming them: counts per priority or status ("open cases
 * by priority", "how's the backlog looking"), open cases per agent ("cases per agent"), accounts ranked by their cases ("which customer opens
 * the most tickets"), how many came in ("how many cases have come in this month"), how long resolving
 * takes ("average time to resolve a case"). The period, when one is said, is read by the entities.
 */
export type CaseSummary =
  | { summary: 'counts'; by: 'priority' | 'status' | 'channel'; of: 'open' | 'all' }
  | { summary: 'agents' }
  /** Accounts ranked by their cases, every case or only the open ones ("the most open tickets"). */
  | { summary: 'accounts'; of: 'open' | 'all' }
  | { summary: 'opened'; by?: CaseCountGroup; channel?: CaseChannel; compared?: true }
  | { summary: 'resolved'; by?: CaseCountGroup }
  | { summary: 'resolution_time'; byPriority: boolean; priorities?: CasePriority[] };

/** What cases that came in or were resolved are counted by, when the question says ("by priority", "per agent"). */
export type CaseCountGroup = 'priority' | 'agent' | 'channel';

/** What narrows or orders a list of every case: a priority ("high priority cases open"), oldest or newest first. */
export interface CaseListFilters {
  priority?: CasePriority;
  /** Two priorities or more, most urgent first ("high or urgent cases", "high priority and above"). */
  priorities?: CasePriority[];
  order?: 'oldest' | 'newest';
  /** Only the cases this support agent works, by name as said ("anna"). */
  owner?: string;
  /** Only the cases no agent works ("unassigned cases", "tickets nobody owns"). */
  unassigned?: true;
  /** Only the cases waiting on the customer ("which cases are pending", "tickets on hold"). */
  status?: 'pending';
}

/**
 * The pending status said of cases ("which cases are pending", "tickets on hold", "cases waiting on
 * the customer", "awaiting customer reply"), not as one more word for open ("open or pending").
 */
const PENDING =
  /\b(?:pending|on\s+hold|waiting\s+(?:on|for)\s+(?:the\s+|a\s+)?(?:customers?|clients?|them|(?:a\s+)?(?:reply|response|answer))|awaiting\s+(?:the\s+|a\s+)?(?:customers?|clients?|reply|response|answer))\b/i;
const OPEN_TOO = /\b(?:open|outstanding|unresolved|active)\b/i;

const CASES = String.raw`(?:support\s+)?(?:cases?|tickets?|issues|requests|escalations)`;
const CASE_WORD = new RegExp(String.raw`\b${CASES}\b`, 'i');
/** "by priority", "per status", "broken down by priority", "priority breakdown", "by channel". */
const BY_GROUP =
  /\b(?:by|per|for\s+each|each|across|broken\s+down\s+by|split\s+by|grouped\s+by|breakdown\s+(?:by|of)|down\s+by)\s+(priori?t(?:y|ies)|status(?:es)?|state|(?:source\s+)?channels?)\b|\b(priority|status|channel)\s+(?:breakdown|split|mix|counts?)\b/i;
/** Counted per channel: "by channel", "per channel", "channel breakdown". */
const BY_CHANNEL =
  /\b(?:by|per|for\s+each|each|across|broken\s+down\s+by|split\s+by|grouped\s+by)\s+(?:source\s+)?channels?\b|\bchannel\s+(?:breakdown|split|mix)\b/i;
/**
 * One channel cases came in through ("came in by chat", "via email", "over the phone", "through the
 * web form", "e-mail cases"): group 1 or 2 the channel's word.
 */
const CHANNEL_SAID =
  /\b(?:by|via|over|through|from|on|in)\s+(?:the\s+|our\s+)?(?:live\s+)?(chat|e-?mail|phone|widget|web(?:\s*form)?|website|portal)\b|\b(chat|e-?mail|phone|widget|web)\s+(?:support\s+)?(?:cases|tickets)\b/i;

/** The channel a question names cases coming in through, as cases record it. */
function channelOf(text: string): { channel?: CaseChannel } {
  const found = CHANNEL_SAID.exec(text);
  const word = (found?.[1] ?? found?.[2])?.toLowerCase();
  if (!word) return {};
  if (/^e-?mail$/.test(word)) return { channel: 'email' };
  if (/^(?:web|website|portal)/.test(word)) return { channel: 'web' };
  return { channel: word as CaseChannel };
}
/** The open cases only: "open", "still open", "outstanding", "active", "pending", "unresolved". */
const OPEN_ONLY = /\b(?:open|outstanding|active|unresolved|current|backlog|queue)\b/i;
/**
 * The support backlog as a whole: "how's the backlog looking", "ticket backlog", "state of the
 * queue", and the word on its own ("backlog?", "hows backlog", "backlog size").
 */
const BACKLOG =
  /^\W*(?:(?:what(?:'s|s|\s+is)|how(?:'s|s|\s+is|\s+big\s+is)|show(?:\s+me)?)\s+)?backlog(?:\s+(?:size|count|looking(?:\s+like)?|like|today|now|atm|rn))?\W*$|\b(?:(?:the|our|support|case|ticket|current)\s+backlog|backlog\s+(?:of\s+)?(?:cases|tickets)|(?:size|state)\s+of\s+the\s+(?:support\s+)?queue|support\s+queue)\b/i;
/**
 * The backlog named as what is counted, whatever words go with it ("backlog by priority pls", "the
 * queue per status"): with a group, the open cases counted by it.
 */
const BACKLOG_NOUN = /\b(?:backlog|queue)\b/i;
/** A backlog of something else: a product roadmap, features, a sprint. */
const OTHER_BACKLOG = /\b(?:product|feature|roadmap|sprint|engineering|dev(?:elopment)?)\b/i;
/** Accounts ranked by their cases: "which customer opens the most tickets", "accounts with the most cases". */
const ACCOUNTS_BY_CASES = new RegExp(
  String.raw`\b(?:which|what|who|top|rank|list|show)\b[\s\S]*?\b(?:accounts?|customers?|clients?|compan(?:y|ies)|orgs?|organi[sz]ations?)\b[\s\S]*?\b(?:most|highest\s+number\s+of|more|biggest\s+number\s+of)\s+(?:(?:open|outstanding|active|unresolved|current)\s+)?(?:support\s+)?(?:cases|tickets|issues|support\s+requests|escalations)\b|\b(?:accounts?|customers?|clients?|compan(?:y|ies))\s+(?:ranked\s+)?by\s+(?:number\s+of\s+)?(?:cases|tickets)\b|\bwho\s+(?:opens|raises|files|logs|submits|sends|creates|has)\s+(?:us\s+)?the\s+most\s+(?:cases|tickets|support\s+requests)\b`,
  'i',
);
/** Open cases said as such ("the most open tickets", "unresolved cases"), not "open" as a verb ("opens the most tickets"). */
const OPEN_CASES = new RegExp(
  String.raw`\b(?:open|outstanding|active|unresolved|current)\s+${CASES}\b|\b${CASES}\s+(?:that\s+are\s+|still\s+)+open\b`,
  'i',
);
/** Cases that came in: "how many cases have come in", "tickets opened this week", "new tickets this month". */
const CAME_IN = new RegExp(
  String.raw`\b${CASES}\s+(?:that\s+|which\s+)?(?:have\s+|has\s+|were\s+|did\s+)?(?:come|came|coming)\s+in\b|\b${CASES}\s+(?:were\s+|have\s+been\s+|got\s+)?(?:opened|raised|created|logged|filed|submitted|received)\b|\bnew\s+${CASES}\s+(?:this|last|in|since|so\s+far|today|yesterday)\b|\bhow\s+many\s+(?:new\s+)?${CASES}\s+(?:did|have)\s+we\s+(?:get|had|have|receive)`,
  'i',
);
/**
 * Cases said with a window of time right after them and no verb ("cases between the 1st and the
 * 3rd", "tickets over the weekend", "support cases in the last 48 hours", "cases since monday"):
 * the cases that came in then. "cases from acme" names an account, no time.
 */
const CASES_IN_A_WINDOW = new RegExp(
  String.raw`\b${CASES}\s+(?:(?:that\s+)?(?:came\s+in|opened)\s+)?(?:(?:between|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|since\b|over\s+the\s+(?:weekend|last|past)\b|(?:in|from|during)\s+the\s+(?:last|past|previous)\b|(?:from|on|over|during)\s+(?:the\s+|last\s+|this\s+)?weekend\b|overnight\b)`,
  'i',
);
/**
 * What came in asked without a record word: "anything new in the last 48 hours?", "what came in
 * over the weekend", "what's come in since monday", "whats new today". Group 1 is everything said
 * after it, which must be a window of time and nothing else.
 */
const WHAT_CAME_IN =
  /^\W*(?:so\s+|ok\s+|hey\s+)?(?:what(?:'s|’s|s|\s+has|\s+have)?\s+(?:come|came)\s+in|what(?:'s|’s|s|\s+is)\s+new|anything\s+(?:new|(?:that\s+)?(?:has\s+)?(?:come|came)\s+in))\b([\s\S]*)$/i;
/** The words of a window of time: "in the last 48 hours", "over the weekend", "since the 1st", "between the 1st and the 3rd". */
const WINDOW_WORD =
  /^(?:in|the|over|during|since|from|on|at|for|so|far|to|and|between|this|last|past|previous|today|yesterday|overnight|tonight|weekend|morning|afternoon|evening|night|week|month|hours?|hrs?|h|days?|weeks?|minutes?|mins?|couple|of|few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+(?:st|nd|rd|th)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|rn|now|yet|then|ago)$/i;
/** A window word that says when (not "in", "the", "so far" alone). */
const WHEN_WORD =
  /^(?:today|yesterday|overnight|tonight|weekend|morning|afternoon|evening|since|between|last|past|previous|this|hours?|hrs?|days?|weeks?|month|ago|\d+(?:st|nd|rd|th)|mon(?:day)?|tue\w*|wed\w*|thu\w*|fri(?:day)?|sat\w*|sun(?:day)?)$/i;

/**
 * What came in during a window of time, asked without naming what ("anything new in the last 48
 * hours?", "what came in over the weekend"): true only when nothing but the window follows (a
 * record, an account or a release named is another question: "anything new on initech since the
 * 20th", "what's new in the latest release").
 */
export function asksWhatCameIn(text: string): boolean {
  const after = WHAT_CAME_IN.exec(text)?.[1];
  if (after === undefined) return false;
  const words = after.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.length > 0 && words.every((w) => WINDOW_WORD.test(w)) && words.some((w) => WHEN_WORD.test(w));
}

/**
 * Cases coming in said with a verb of receiving ("are we getting more cases", "r we seeing fewer
 * tickets", "have we received more cases"): how many came in.
 */
const GETTING_CASES = new RegExp(
  String.raw`\b(?:get|gets|getting|got|receiv(?:e|es|ed|ing)|see|sees|seeing|saw)\s+(?:(?:a\s+lot|way|many|much|a\s+few|a\s+bit)\s+)?(?:more|fewer|less|as\s+many)\s+(?:new\s+)?${CASES}\b`,
  'i',
);
/** Set against another period: "more … than", "fewer … vs", "compared to", "up or down". */
const COMPARED =
  /\b(?:more|fewer|less)\b[\s\S]*?(?:\bthan\b|\bvs\.?(?=\W|$)|\bversus\b|\bcompared\s+(?:to|with)\b|\bagainst\b)|\b(?:vs\.?(?=\W|$)|versus\b|compared\s+(?:to|with)\b)/i;
/** Resolving verbs in a support user's words: "close", "resolved", "solved", "fixed", "sorted out". */
const RESOLVE_VERB = String.raw`(?:clos(?:e|ed)|resolv(?:e|ed)|solv(?:e|ed)|fix(?:ed)?|clear(?:ed)?|sort(?:ed)?\s+out|handled?|knock(?:ed)?\s+out|got\s+through)`;
/**
 * Cases resolved ("how many tickets did we close yesterday", "cases resolved this week", "number of
 * cases we solved", "who closed the most tickets"): closing is resolving (a case is closed a week after).
 */
const RESOLVED = new RegExp(
  String.raw`\b${CASES}\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|got\s+|get\s+)?(?:closed|resolved|solved|fixed|cleared|sorted\s+out)\b|\b(?:closed|resolved|solved)\s+${CASES}\b|\b${CASES}\s+(?:did|do|have|has|had)\s+(?:we|you|i|support|(?:the|our|my)\s+(?:support\s+)?team|(?:each|every)\s+(?:agent|person|one|specialist|rep))\s+${RESOLVE_VERB}\b|\b${CASES}\s+(?:we|i|support|(?:the|our)\s+team)\s+(?:(?:have|has|had)\s+)?${RESOLVE_VERB}\b|\bwho\s+(?:has\s+)?(?:closed|resolved|solved|fixed|cleared|handled)\s+the\s+most\s+${CASES}\b`,
  'i',
);
/** A count, a period or a grouping: a count of cases, not a list of the closed ones of an account. */
/**
 * Every case counted, whatever its status: "how many cases we have in total", "total number of
 * tickets", "how many tickets have we had altogether", "all-time case count".
 */
const EVERY_CASE =
  /\b(?:how\s+many|number\s+of|count)\b.*\b(?:in\s+total|altogether|all\s+together|overall|all\s+told|all[- ]time|ever)\b|\btotal\s+(?:number|count|no\.?)\s+of\b|\b(?:all[- ]time|total)\s+(?:case|ticket)\s+count\b/i;
/** A period said, which makes a count one of the cases opened in it (read elsewhere). */
const PERIOD_SAID =
  /\b(?:today|yesterday|since|this|last|past|previous|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|20\d\d)\b/i;
const COUNTED =
  /\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\btotal\b|\bwho\b[\s\S]*\bmost\b|\b(?:today|yesterday|so\s+far|since|(?:this|last|past|previous)\s+(?:\d+\s+)?(?:days?|wk|week|weeks|mth|month|months|quarter|year|yr))\b|\bin\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:by|per|for\s+each|each)\s+(?:priorit|agent|person|owner|specialist|assignee|member|engineer)/i;
/** Counted per support agent: "per agent", "each agent", "by person", "who closed the most". */
const BY_AGENT =
  /\b(?:by|per|for\s+each|each|every)\s+(?:support\s+)?(?:agents?|person|people|owners?|specialists?|assignees?|team\s+members?|members?|engineers?|reps?)\b|\bwho\s+(?:has\s+)?(?:closed|resolved|solved|fixed|cleared|handled)\s+the\s+most\b/i;
/** The agent with the most: "which agent has the most open cases". */
const AGENT_WITH_MOST =
  /\b(?:which|what)\s+(?:support\s+)?(?:agent|person|specialist|engineer|assignee|team\s+member)\s+(?:has|holds|owns|is\s+holding)\s+(?:the\s+)?most\b/i;
const BY_PRIORITY =
  /\b(?:by|per|for\s+each|each|across)\s+priorit(?:y|ies)\b|\bpriority\s+(?:breakdown|split)\b/i;

/** The grouping a count of cases asks for, if any. */
function countGroupOf(text: string): { by?: CaseCountGroup } {
  if (BY_AGENT.test(text)) return { by: 'agent' };
  if (BY_CHANNEL.test(text)) return { by: 'channel' };
  return BY_PRIORITY.test(text) ? { by: 'priority' } : {};
}

/** How long resolving takes: "average time to resolve a case", "median resolution time", "mttr". */
const AVERAGE = /\b(?:average|avg|mean|median|typical(?:ly)?)\b/i;
const DURATION = /\b(?:time|hours|days|long|quickly|fast)\b/i;
const RESOLVING = /\b(?:resolv\w*|resolution|clos(?:e|ing)|fix(?:ing)?|solv\w*)\b/i;
const RESOLUTION_TIME =
  /\b(?:resolution|time[-\s]to[-\s](?:resolve|resolution|close)|handling)\s+times?\b|\bhow\s+(?:long|quickly|fast)\s+(?:does\s+it\s+(?:usually\s+)?take\s+(?:us|the\s+team|support|our\s+team)|do\s+we\s+(?:usually\s+)?take|are\s+we\s+at|do\s+we)\b[\s\S]*\b(?:resolv\w*|clos(?:e|ing)|fix(?:ing)?|solv\w*)\b|\bmttr\b/i;
/** Resolving that is about the SLA or plan promise, for the documentation ("what resolution time does the sla promise"). */
const PROMISED = /\b(?:sla|promis\w*|guarantee\w*|commit\w*|plan|tier|contract|policy|target)\b/i;

const PRIORITY_FILTER: readonly (readonly [RegExp, CasePriority])[] = [
  [/\b(?:urgent|critical|p1|sev(?:erity)?\s*1)\b(?![-\s]priority\b)|\burgent[-\s]priority\b/i, 'urgent'],
  [/\bhigh[-\s]priority\b|\bpriority\s+high\b|\bhigh\s+(?:cases|tickets)\b/i, 'high'],
  [/\b(?:normal|medium)[-\s]priority\b|\bpriority\s+(?:normal|medium)\b/i, 'normal'],
  [/\blow[-\s]priority\b|\bpriority\s+low\b|\blow\s+(?:cases|tickets)\b/i, 'low'],
];
/** A priority as said, and the priority cases record: "critical" and "p1" are urgent, "medium" normal. */
const PRIORITY_SAID = String.raw`(urgent|critical|p1|high|normal|medium|low)`;
const PRIORITY_OF_WORD: Readonly<Record<string, CasePriority>> = {
  urgent: 'urgent',
  critical: 'urgent',
  p1: 'urgent',
  high: 'high',
  normal: 'normal',
  medium: 'normal',
  low: 'low',
};
const URGENCY: readonly CasePriority[] = ['urgent', 'high', 'normal', 'low'];
/** Two priorities said together: "high or urgent", "urgent and high priority", "high/urgent", "low, normal". */
const TWO_PRIORITIES = new RegExp(
  String.raw`\b${PRIORITY_SAID}(?:[-\s]priority)?\s*(?:,|\/|&|\+|\bor\b|\band\b)\s*${PRIORITY_SAID}\b(?:[-\s]priority)?`,
  'i',
);
/** A priority and every one above it: "high priority and above", "high or higher", "high+". */
const AND_ABOVE = new RegExp(
  String.raw`\b${PRIORITY_SAID}(?:[-\s]priority)?\s*(?:(?:and|or)\s+(?:above|up|higher|over|more\s+urgent)\b|\+)`,
  'i',
);

/** The words of two priorities or more in a message ("high or urgent"), to read them away. */
export const SEVERAL_PRIORITIES = new RegExp(`${TWO_PRIORITIES.source}|${AND_ABOVE.source}`, 'gi');

/** The priorities a message names together, most urgent first; undefined for one or none. */
function prioritiesOf(text: string): CasePriority[] | undefined {
  const pair = TWO_PRIORITIES.exec(text);
  const above = pair ? undefined : AND_ABOVE.exec(text);
  const said = pair
    ? [PRIORITY_OF_WORD[pair[1]!.toLowerCase()]!, PRIORITY_OF_WORD[pair[2]!.toLowerCase()]!]
    : above
      ? URGENCY.slice(0, URGENCY.indexOf(PRIORITY_OF_WORD[above[1]!.toLowerCase()]!) + 1)
      : [];
  const priorities = URGENCY.filter((p) => said.includes(p));
  return priorities.length > 1 ? priorities : undefined;
}

const OLDEST =
  /\b(?:oldest|longest[-\s](?:open|running|standing|waiting)|open\s+(?:the\s+)?longest|been\s+open\s+(?:the\s+)?longest|waiting\s+(?:the\s+)?longest|aging|ageing|stalest)\b/i;
const NEWEST = /\b(?:newest|latest|most\s+recent|recent(?:ly\s+opened)?|just\s+came\s+in|new\s+ones)\b/i;

/** The summary a question about cases asks for, or undefined when it asks for cases themselves. */
export function caseSummaryOf(text: string): CaseSummary | undefined {
  const resolving =
    RESOLUTION_TIME.test(text) || (AVERAGE.test(text) && DURATION.test(text) && RESOLVING.test(text));
  if (resolving && (CASE_WORD.test(text) || /\bresol/i.test(text)) && !PROMISED.test(text)) {
    if (/\b(?:by|per|for\s+each|each)\s+priorit/i.test(text))
      return { summary: 'resolution_time', byPriority: true };
    // "average time to resolve urgent cases", "how fast do we close high or urgent tickets": those only.
    const { priority, priorities } = caseListFiltersOf(text);
    const only = priorities ?? (priority ? [priority] : undefined);
    return { summary: 'resolution_time', byPriority: false, ...(only ? { priorities: only } : {}) };
  }
  if (ACCOUNTS_BY_CASES.test(text))
    return { summary: 'accounts', of: OPEN_CASES.test(text) ? 'open' : 'all' };
  if (RESOLVED.test(text) && COUNTED.test(text)) return { summary: 'resolved', ...countGroupOf(text) };
  if (CAME_IN.test(text) && (BY_AGENT.test(text) || BY_PRIORITY.test(text) || BY_CHANNEL.test(text)))
    return { summary: 'opened', ...countGroupOf(text) };
  // "cases per agent", "how many open cases does each of us have": each agent's caseload, the open
  // cases they own.
  if (CASE_WORD.test(text) && (BY_AGENT.test(text) || AGENT_WITH_MOST.test(text) || asksOfEachOfUs(text)))
    return { summary: 'agents' };
  const group = BY_GROUP.exec(text);
  const backlog = BACKLOG.test(text) && !OTHER_BACKLOG.test(text);
  const backlogNamed = BACKLOG_NOUN.test(text) && !OTHER_BACKLOG.test(text);
  if (group && (CASE_WORD.test(text) || backlog || backlogNamed)) {
    const word = group[1] ?? group[2]!;
    const by = /^stat/i.test(word) ? 'status' : /channel/i.test(word) ? 'channel' : 'priority';
    return { summary: 'counts', by, of: OPEN_ONLY.test(text) ? 'open' : 'all' };
  }
  if (backlog) return { summary: 'counts', by: 'priority', of: 'open' };
  // "are we getting more cases this week than last?": the cases that came in over both periods.
  if ((CAME_IN.test(text) || GETTING_CASES.test(text)) && COMPARED.test(text))
    return { summary: 'opened', ...channelOf(text), compared: true };
  if (CAME_IN.test(text)) return { summary: 'opened', ...channelOf(text) };
  if (CASES_IN_A_WINDOW.test(text) && !OPEN_ONLY.test(text)) return { summary: 'opened' };
  // "how many cases we have in total", "total number of tickets": every case, by status.
  if (CASE_WORD.test(text) && EVERY_CASE.test(text) && !OPEN_ONLY.test(text) && !PERIOD_SAID.test(text))
    return { summary: 'counts', by: 'status', of: 'all' };
  return undefined;
}

/** The priority and order a request for every case asks for (nothing: none). */
export function caseListFiltersOf(text: string): CaseListFilters {
  const priorities = prioritiesOf(text);
  const priority = priorities ? undefined : PRIORITY_FILTER.find(([words]) => words.test(text))?.[1];
  const order = OLDEST.test(text) ? 'oldest' : NEWEST.test(text) ? 'newest' : undefined;
  const pending = PENDING.test(text) && !OPEN_TOO.test(text);
  return {
    ...(pending ? { status: 'pending' as const } : {}),
    ...(priority ? { priority } : {}),
    ...(priorities ? { priorities } : {}),
    ...(order ? { order } : {}),
  };
}
