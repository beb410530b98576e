/**
 * Sales shorthand in the words the readers know: "wins mtd" → "deals won this month", "wins last mo"
 * → "deals won last month", "neg stage $" → "negotiation stage total", "top 5 deals by $$" → "… by
 * amount". Only whole words, and only the
 * shorthand a rep types about their numbers.
 */
const SHORTHAND: readonly [RegExp, string][] = [
  [/\bmtd\b/gi, 'this month'],
  [/\bqtd\b/gi, 'this quarter'],
  [/\bytd\b/gi, 'this year'],
  [/\b(last|this|next|past)\s+mo\b/gi, '$1 month'],
  [/\b(last|this|next|past)\s+qtr\b/gi, '$1 quarter'],
  // "lost this q?", "wins last q", "pipeline next q": a lone "q" after a period word is the quarter.
  [/\b(last|this|next|past|prev|previous)\s+q\b(?!\s*[1-4]\b)/gi, '$1 quarter'],
  // "neg stage", "neg deals", "in neg": the negotiation stage
  [/\bneg\b(?=\s+(?:stage|deals?|opps?|\$))|(?<=\bin\s+)neg\b/gi, 'negotiation'],
  // money after "by" where records are ranked: "top 5 deals by $$", "biggest opps by £££", "by money"
  [
    /(?<=\b(?:top|biggest|largest|deals?|opps?|opportunit(?:y|ies)|pipeline|sort(?:ed)?|rank(?:ed)?|order(?:ed)?)\b.*\bby\s+)(?:\${1,3}|£{1,3}|€{1,3}|dollars?|bucks|money|dosh|:moneybag:|:dollar:|💰|💵)(?![\w$£€])/giu,
    'amount',
  ],
  // a "$" standing alone asks for the amount: "neg stage $"
  [/(?<=\S\s+)\$\s*[?.!]*$/g, 'total'],
  // Sales slang for the biggest deals (and so their accounts): "who are my whales", "our big fish",
  // "the elephants in the pipe"; after "biggest" or "top 5" only the deals ("my 3 biggest whales").
  [
    /(?<=\b(?:biggest|largest|top(?:\s+\d+)?)\s+)(?:whales?|big\s+fish|elephants?)(?:\s+(?:deals?|opps?|accounts?))?\b/gi,
    'deals',
  ],
  // "who are my whales" asks for them, not for who has the biggest ones.
  [
    /\bwho(?:'re|\s+are|\s+r)\s+(?=(?:(?:my|our|the|team'?s?)\s+){0,2}(?:whales|big\s+fish|elephants)\b)/gi,
    'what are ',
  ],
  [/\b(?:whales|big\s+fish|elephants|whale\s+(?:deals|opps))\b/gi, 'biggest deals'],
  // CRM abbreviations: "the stark acct", "my accts", "high prio", "what's the amt".
  [/\baccts\b/gi, 'accounts'],
  [/\bacct\b/gi, 'account'],
  [/\bprios\b/gi, 'priorities'],
  [/\bprio\b/gi, 'priority'],
  [/\bamts\b/gi, 'amounts'],
  [/\bamt\b/gi, 'amount'],
  // A deal's annual or total contract value is its amount: "whats the ACV on the soylent opps".
  [/\b(?:acv|tcv)\b/gi, 'amount'],
  // "POC @ initech", "whos the poc at globex": the point of contact, only where a person at an
  // account is asked for ("the acme poc deal", a proof of concept, stays as said).
  [/\bpoc\b(?=\s*(?:@|(?:at|for|on|with|over\s+at|in)\b))/gi, 'point of contact'],
  // "@" between words is "at" ("POC @ initech"); an e-mail address or "@crmpro" is kept.
  [/(?<=\S\s+)@(?=\s+\w)/g, 'at'],
  // "#" for a number of records: "Top 5 Industries By # Of Accounts?", "# of leads last month", "#
  // customers in germany" (a case's "#1207" or a channel's "#sales" is kept).
  [/(?<![\w#])#\s*of\b/gi, 'number of'],
  [
    /(?<![\w#])#\s*(?=(?:accounts?|customers?|clients?|prospects?|companies|contacts?|leads?|deals?|opps?|cases?|tickets?|employees)\b)/gi,
    'number of ',
  ],
];

/** "wins this month", "my wins last quarter": the deals won then. */
const WINS_IN_A_PERIOD = /^\s*(?:my\s+|our\s+|team\s+)?wins\b(?=\s+(?:this|last|in|for|since|so\s+far)\b)/i;

/**
 * Chat shorthand and everyday misspellings of the CRM's words, each written out as the word it
 * stands for: days ("yday", "2day", "tmrw"), record nouns ("ctc", "mtg", "renewl", "oppty"). Whole
 * words only, looked up in one pass.
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  yday: 'yesterday',
  ydy: 'yesterday',
  yesterdy: 'yesterday',
  yestrday: 'yesterday',
  ystrdy: 'yesterday',
  '2day': 'today',
  tdy: 'today',
  todya: 'today',
  tmrw: 'tomorrow',
  tmrow: 'tomorrow',
  tmw: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2mrw': 'tomorrow',
  tommorow: 'tomorrow',
  tomorow: 'tomorrow',
  tonite: 'tonight',
  '2nite': 'tonight',
  ctc: 'contact',
  ctcs: 'contacts',
  mtg: 'meeting',
  mtgs: 'meetings',
  renewl: 'renewal',
  renewls: 'renewals',
  renwal: 'renewal',
  renwals: 'renewals',
  renewel: 'renewal',
  renewels: 'renewals',
  oppty: 'opportunity',
  opptys: 'opportunities',
  oppties: 'opportunities',
};
const CHAT_WORD =
  /(?<![\w@./-])(?:yday|ydy|yesterdy|yestrday|ystrdy|2day|tdy|todya|tmrw|tmrow|tmw|tomoz|2moro|2morrow|2mrw|tommorow|tomorow|tonite|2nite|ctcs?|mtgs?|renewls?|renwals?|renewels?|opptys?|oppties)(?![\w@/-]|\.\w)/gi;
/** "call w jane", "mtg w acme": a lone "w" after a word of talking is "with". */
const TALKED_WITH =
  /\b(call|called|calls|calling|meeting|meetings|met|spoke|spoken|talked|chat|chatted|lunch|demo|sync|catch-up|catchup|email|emailed)\s+w\b(?![/'.])/gi;

/** The message with sales shorthand written out; the message itself when it has none. */
export function withShorthandWrittenOut(text: string): string {
  let out = text.replace(CHAT_WORD, (word) => CHAT_WORDS[word.toLowerCase()] ?? word);
  if (/\bw\b/i.test(out)) out = out.replace(TALKED_WITH, '$1 with');
  for (const [pattern, words] of SHORTHAND) out = out.replace(pattern, words);
  return out.replace(WINS_IN_A_PERIOD, (said) => said.replace(/wins/i, 'deals won'));
}
