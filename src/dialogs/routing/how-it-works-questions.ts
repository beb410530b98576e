/**
 * A signed-in user asking how the product works, in words the record-question parser would read as
 * a request for records: how to make a change ("how do i change a deal stage in here" is not a list
 * of deals), what a figure means or where it comes from ("where does the % chance on my deals come
 * from") and who may see or change what ("who can see what, like can reps see other teams deals").
 * The question router sends them to the knowledge base (or a named deal's score to its explanation).
 */

/** Where a question starts: the message's start, after a chat lead-in, or after a clause ("i'm new, how do i …"). */
const START = String.raw`(?:^|[,;:.!?]\s*|\s[-–—]\s*)\s*(?:(?:so|ok|okay|hey|hi|um|and|also|btw|quick question|sorry|like|say)[\s,:;!-]+)*`;

/** Asking the way to do something: "how do i", "where can we", "is it possible to", "what's the way to". */
const HOW_WAY = String.raw`(?:how\s+(?:do|can|could|should|would|does)\s+(?:i|we|you|one|u)|how\s+to|where\s+(?:do|can|could|would|should)\s+(?:i|we|u)(?:\s+go\s+to)?|is\s+(?:it|there\s+a\s+way)\s+possible\s+(?:for\s+(?:me|us)\s+)?to|is\s+there\s+(?:a|any)\s+way\s+(?:for\s+(?:me|us)\s+)?to|what(?:'s|’s|\s+is)\s+the\s+(?:best\s+|right\s+|easiest\s+)?way\s+to)`;
/** Asking whether one can ("can i", "am i able to"): also a polite request, unless its object is any record. */
const MAY = String.raw`(?:(?:can|could|may)\s+(?:i|we|u)|am\s+i\s+able\s+to|are\s+we\s+able\s+to)`;
/** Verbs that change a record. */
const CHANGE = String.raw`(?:change|update|move|edit|set|mark|reassign|assign|transfer|merge|delete|remove|rename|reopen|modify|switch|correct)`;
/** What is changed: a record or one of its fields. */
const RECORD_THING = String.raw`(?:deals?|opportunit(?:y|ies)|opps?|stages?|contacts?|accounts?|leads?|tasks?|cases?|tickets?|owners?|amounts?|close\s+dates?|notes?|records?|fields?|status(?:es)?)`;
/** Any record rather than one ("a deal", "an opportunity", "the stage of a deal", "deal stages"). */
const ANY_RECORD = String.raw`(?:(?:the\s+)?(?:\S+\s+){0,2}?(?:of|on|for|in)\s+)?(?:a|an|any|one|another)\s+(?:\S+\s+)?${RECORD_THING}\b|${RECORD_THING}\s+(?:stages?|status(?:es)?|owners?|amounts?|close\s+dates?)\b`;

const HOW_TO_CHANGE = new RegExp(
  String.raw`${START}(?:${HOW_WAY}\s+(?:\S+\s+){0,4}?${CHANGE}\b.*\b${RECORD_THING}\b|${MAY}\s+(?:\S+\s+)?${CHANGE}\s+(?:${ANY_RECORD}))`,
  'i',
);
/** Advice, not a how-to: "how can i move my deals along faster". */
const ADVICE = /\b(?:along|forward|faster|quicker|sooner|more|better)\b/i;

/** True when the message asks how to make a change in the product ("how do i change a deal stage in here"). */
export function isHowToChangeQuestion(text: string): boolean {
  return HOW_TO_CHANGE.test(text) && !ADVICE.test(text);
}

/** Verbs that finish, cancel or move a task ("reschedule", "push back", "tick off", "close out"). */
const TASK_CHANGE = String.raw`(?:re-?sched\w*|postpone|push(?:\s+back)?|move|shift|delay|defer|snooze|bump|change|update|edit|complete|finish|close(?:\s+out)?|(?:tick|check|cross)\s+off|mark|cancel|delete|remove|reopen|undo)`;
/** A task in the words people use, a typo or two included ("tsk", "taks", "to-do", "reminder"). */
const TASK_WORD = String.raw`(?:tasks?|tsks?|taks|to-?dos?|todos?|reminders?|action\s+items?)`;
/** `HOW_WAY` typed in a hurry too ("hw do i", "whats the best way to"). */
const HOW_WAY_TYPED = String.raw`(?:${HOW_WAY}|hw\s+(?:do|can|to)(?:\s+(?:i|we|u))?|whats\s+the\s+(?:best\s+|right\s+|easiest\s+)?way\s+to)`;
const HOW_TO_CHANGE_A_TASK = new RegExp(
  String.raw`${START}(?:${HOW_WAY_TYPED}\s+(?:\S+\s+){0,3}?${TASK_CHANGE}\b(?:\s+\S+){0,5}?\s+${TASK_WORD}\b|${MAY}\s+(?:\S+\s+)?${TASK_CHANGE}\s+(?:(?:a|an|any)\s+(?:\S+\s+)?${TASK_WORD}|tasks|to-?dos|todos|reminders)\b)`,
  'i',
);
/** The documentation's question behind a how-to about finishing or moving a task. */
const TASK_CHANGE_QUESTION = 'how do i mark a task as done or reschedule it';

/**
 * A question how to finish, cancel or move a task ("how do i reschedule a task", "is there a way to
 * push back a to-do", "can i tick off a reminder"), in the documentation's words; undefined for
 * anything else. "push my acme task to friday" and "can i move my acme task to friday" are requests,
 * and "how do i create a task" asks another section.
 */
export function taskChangeHowToInDocumentWords(text: string): string | undefined {
  return HOW_TO_CHANGE_A_TASK.test(text) ? TASK_CHANGE_QUESTION : undefined;
}

/** A deal's stage named by the word or by a stage ("move an opportunity to negotiation", "mark a deal as won"). */
const STAGE_WORDS = /\b(?:stages?|prospecting|qualification|proposal|negotiation|won|lost|closed)\b/i;

/**
 * True when a how-to question is about moving a deal to another stage: the bot does that in chat
 * ("move the Acme renewal to negotiation"), so its own help answers it (the documentation does not).
 */
export function isHowToMoveADealQuestion(text: string): boolean {
  return isHowToChangeQuestion(text) && STAGE_WORDS.test(text);
}

/** Roles and groups of users as a subject ("reps", "a manager", "other teams", "anyone", "support"). */
const WHO = String.raw`(?:(?:a|an|other|any|the|our|my|every)\s+)?(?:(?:(?:sales|marketing|support)\s+)?(?:reps?|managers?|admins?|administrators?|users?|analysts?|agents?|teams?|teammates?|colleagues?|people|folks|staff)|everyone|everybody|anyone|anybody|marketing|support)`;
const ACCESS = String.raw`(?:see|view|access|edit|change|delete|export|read|update|open|look\s+at|reassign)`;
const PERMISSION = new RegExp(
  [
    String.raw`\bwho\s+(?:else\s+)?(?:can|could|may|gets?\s+to|is\s+able\s+to)\s+(?:also\s+)?${ACCESS}\b`,
    String.raw`\bwho\s+(?:else\s+)?has\s+(?:access|permission|rights?)\b`,
    String.raw`${START}(?:can|could|may|do|does|will|would)\s+${WHO}\s+(?:also\s+|still\s+|ever\s+)?(?:${ACCESS}|have\s+access)\b`,
    String.raw`\bis\s+it\s+possible\s+for\s+${WHO}\s+to\s+${ACCESS}\b`,
    String.raw`\b(?:are|is)\s+${WHO}\s+able\s+to\s+${ACCESS}\b`,
    String.raw`\b(?:am\s+i|are\s+(?:we|they)|(?:are|is)\s+${WHO}|who\s+(?:is|are))\s+(?:allowed|permitted)\s+to\b`,
  ].join('|'),
  'i',
);

/** True when the message asks who may see or change what ("can reps see other teams deals"). */
export function isPermissionQuestion(text: string): boolean {
  return PERMISSION.test(text);
}

/** Website visitors and the chat widget: what they may see is the widget's documentation, not the roles'. */
const ABOUT_VISITORS = /\b(?:visitors?|website|widget|web\s*chat)\b/i;
/** The documentation's question behind who may see or do what: its list of user roles. */
const ROLES_QUESTION = 'which user roles are there and what can each role see';

/**
 * A question who may see or do what in the documentation's words: staff roles are listed with what
 * each sees ("who can see my deals" as typed found the widget's paragraph on what visitors cannot
 * see); a question about website visitors keeps its own words.
 */
export function permissionQuestionInDocumentWords(text: string): string {
  return ABOUT_VISITORS.test(text) ? text : ROLES_QUESTION;
}

/** How a figure is worked out, asked indirectly: "(explain) how the chance of winning on my deals is worked out". */
const INDIRECT_HOW_WORKED_OUT =
  /\bhow\s+(?:\S+\s+){1,8}?(?:is|are)\s+(?:calculated|computed|worked\s+out|figured(?:\s+out)?|decided|determined|estimated|derived|generated)\b/i;

/** Asking what a figure means, where it comes from, how it is worked out or what it rests on. */
const ABOUT_A_FIGURE = new RegExp(
  [
    String.raw`\bwhere\s+(?:does|do|did|is|are)\s+(?:\S+\s+){0,6}?(?:come|comes|coming)\s+from\b`,
    String.raw`\bwhat\s+(?:does|do)\s+(?:\S+\s+){1,7}?(?:mean|stand\s+for)\b`,
    String.raw`\bhow\s+(?:is|are|does|do)\s+(?:\S+\s+){1,7}?(?:calculated|computed|worked\s+out|figured(?:\s+out)?|decided|determined|estimated|derived|generated)\b`,
    // asked indirectly ("explain how the chance of winning on my deals is worked out")
    INDIRECT_HOW_WORKED_OUT.source,
    String.raw`\bhow\s+(?:do\s+you|does\s+(?:it|crmpro|the\s+\S+))\s+(?:get|come\s+up\s+with|calculate|compute|work\s+out|figure(?:\s+out)?|decide)\b`,
    String.raw`\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:\S+\s+){1,6}?based\s+on\b`,
    // what a figure shown beside records is ("what is the percentage next to my deals"), how far to trust it
    String.raw`\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:the|that|this|those|these)\s+(?:\S+\s+){0,3}?(?:next\s+to|beside|alongside)\b`,
    String.raw`\bhow\s+(?:accurate|reliable|trustworthy|precise)\s+(?:is|are)\b`,
  ].join('|'),
  'i',
);
/** A deal's chance to be won, as people name it ("the % chance", "win probability", "the odds", "the score"). */
const WIN_CHANCE =
  /%|\b(?:percent(?:age)?s?|chances?|odds|probabilit(?:y|ies)|likelihood|(?:win|deal|lead)\s+scores?|scor(?:e|es|ing)\s+(?:on|of|for|next\s+to)\s+(?:a|an|the|my|our|this|that|each|every)\b)/i;
/** Other figures the product shows: forecasts and their categories, churn and health scores, segments. */
const OTHER_FIGURE =
  /\b(?:forecast\w*|commit|best\s+case|pipeline\s+coverage|churn|health|segments?|rfm|sentiment|weighted)\b/i;

/** Which figure a question about a figure's meaning or origin is about, if the message is one. */
export function figureQuestionOf(text: string): 'win chance' | 'other' | undefined {
  if (!ABOUT_A_FIGURE.test(text)) return undefined;
  if (OTHER_FIGURE.test(text)) return 'other';
  return WIN_CHANCE.test(text) ? 'win chance' : undefined;
}

/** The win chance in people's words ("the % chance", "win probability", "the odds", "percentages"). */
const WIN_CHANCE_WORDS =
  /(?:\bwin(?:ning)?\s+)?(?:%|\b(?:percent(?:age)?s?|chances?|odds|probabilit(?:y|ies)|likelihood)\b)(?:\s+(?:chance|to\s+win|of\s+winning)\b)?/gi;

/**
 * A question about the win chance in the documentation's words: they call it the lead score ("how
 * accurate is the % on my deals" → "how accurate is the lead score on my deals"), so the question
 * keeps what it asks about the figure (its meaning, its accuracy); where it comes from is how the
 * lead score is worked out.
 */
export function winChanceQuestionInDocumentWords(text: string): string {
  // Where a figure comes from, or how it is made ("how is win chance computed"), is how it is worked
  // out (the documentation's words for the question).
  if (ORIGIN.test(text) || INDIRECT_HOW_WORKED_OUT.test(text) || HOW_MADE.test(text))
    return 'how is the lead score worked out';
  // What it means is what the lead score estimates ("what does lead score mean" found its availability).
  if (MEANING.test(text)) return 'what does the lead score estimate';
  return text.replace(WIN_CHANCE_WORDS, 'lead score');
}

/** Asking what a figure means ("what does win chance mean", "what does the % stand for"). */
const MEANING = /\bwhat\s+(?:does|do)\s+(?:\S+\s+){1,7}?(?:mean|stand\s+for)\b/i;

/** Asking where a figure comes from ("where does that number come from?"). */
const ORIGIN = /\bwhere\s+(?:does|do|did|is|are)\b.*\bcom(?:e|es|ing)\s+from\b/i;

/** A user of the product as the object of a how-to ("a user", "him", "someone", "a leaver", "the rep"). */
const PERSON_OBJECT = String.raw`(?:(?:a|an|the|that|this|our|my)\s+)?(?:(?:new|former|old|departed|ex-?)\s*)?(?:users?|him|her|them|someone|somebody|person|colleagues?|employees?|leavers?|reps?|members?|staff)`;
/** Looking after users: removing, resetting or letting them back in, and where the record of who changed what is. */
const USER_CARE = new RegExp(
  [
    String.raw`${START}${HOW_WAY}\s+(?:\S+\s+){0,2}?(?:remove|delete|deactivate|offboard|reset|unlock|disable|reactivate|re-?enable|let)\s+${PERSON_OBJECT}\b`,
    // "how many deals does he own" after "X is leaving" counts the records (a record question).
    String.raw`\b(?:left|leaves|leaving|quit|lost\s+(?:his|her|their|my)\s+(?:phone|authenticator|2fa|device|mobile))\b.*\bhow\b(?!\s+(?:many|much)\b)`,
    String.raw`\bwhere\s+(?:can|do|could|would|should)\s+(?:i|we)\s+(?:see|find|view|look\s+at|check)\s+(?:the\s+)?(?:log|history|record|trail)\s+of\s+who\b`,
  ].join('|'),
  'i',
);

/**
 * True when a signed-in user asks how to look after the product's users ("somebody left the company,
 * how to remove him and his deals", "how do i reset a user who lost his phone") or where the record
 * of who changed what is ("where can i see the log of who changed a record"): the documentation's
 * questions, though their words name deals, logs and people the record questions read.
 */
export function isUserCareQuestion(text: string): boolean {
  return USER_CARE.test(text);
}

/** How far to trust a figure ("how accurate is the forecast", "how reliable are the forecasts"). */
const HOW_ACCURATE = /\bhow\s+(?:accurate|reliable|trustworthy|precise|good|right)\s+(?:is|are)\b/i;
const FORECAST_WORD = /\bforecast\w*\b|\bprojections?\b/i;

/**
 * A question how far to trust the forecast in the documentation's words: it states the forecast's
 * accuracy as its range of uncertainty ("with a range showing how uncertain the forecast is").
 * Undefined for any other question.
 */
export function forecastAccuracyQuestionInDocumentWords(text: string): string | undefined {
  return HOW_ACCURATE.test(text) && FORECAST_WORD.test(text) ? 'how uncertain is the forecast' : undefined;
}

/** Asking how a figure is made or from what ("how is the forecast calculated", "from what data"). */
const HOW_MADE =
  /\bhow\s+(?:is|are|does|do)\b.*\b(?:made|calculated|computed|worked\s+out|built|generated|derived|determined|estimated|figured(?:\s+out)?)\b|\bfrom\s+what\s+data\b/i;
/** A second question after the first ("how is it worked out, what's the range based on?"). */
const SECOND_QUESTION = /[,;?]\s*(?:and\s+)?(?:what|how|where|why|when|which|who|is|are|does|do|can)\b/i;
/** The lead score in people's words ("lead score", "scoring", "win chance", "win probability"). */
const LEAD_SCORE_WORD =
  /\b(?:lead|deal|win)\s+scor\w*|\bscoring\b|\bwin(?:ning)?\s+(?:chance|probabilit\w*|odds)\b/i;

/**
 * A question how the forecast or the lead score is made, in the documentation's words ("how is the
 * forecast made", "how is the lead score worked out"): "calculated", "computed" or "the forecast
 * number" as typed miss the sections that say so. Undefined for other questions, other figures and
 * a message that asks a second question too.
 */
export function madeQuestionInDocumentWords(text: string): string | undefined {
  // A message asking something more ("…, what's the range based on?") keeps its own words.
  if (!HOW_MADE.test(text) || SECOND_QUESTION.test(text)) return undefined;
  if (FORECAST_WORD.test(text)) return 'how is the forecast made';
  return LEAD_SCORE_WORD.test(text) ? 'how is the lead score worked out' : undefined;
}
