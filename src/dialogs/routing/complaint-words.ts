/**
 * A complaint about the last answer, said with nothing else: the person asks for the same question
 * again ("try again", "run that again", "one more time"), says the answer is wrong ("that's wrong",
 * "not what i asked", "you misunderstood") or that the bot is no help ("you're useless", "this is
 * pointless"). Each gets a repair move, never the help menu's "can't help" nor an answer from the
 * documentation. A message that says what was meant ("no, i meant initech") is a correction (see
 * `correction-words.ts`), and one that asks something ("what's wrong with the acme deal", "this bot
 * is useless, get me a person") is read as it asks: only the whole message is a complaint.
 */

/** What a complaint asks for: the last question again, a repair of a wrong answer, or an apology. */
export type Complaint = 'retry' | 'wrong' | 'no-help';

/** Words around a complaint that change nothing ("ugh", "come on", "please", "!!!", an emoji). */
const OPENER = String.raw`(?:(?:ugh+|argh+|hm+|um+|uh+|erm|well|no+|nope|nah|come\s+on|seriously|honestly|wow|ok(?:ay)?|so|oh|hey|bot|crmpro)\b[\s,.!?:;–—-]*)*`;
const CLOSER = String.raw`(?:[\s,.!?:;–—-]*(?:please|pls|plz|thanks|mate|bot|crmpro|lol|ffs|again|smh|:\(|🙄|😡|😤|🤦(?:‍♂️|‍♀️)?))*[\s,.!?]*`;

/** "it", "that", "this", "the question", "my question", "the last one". */
const IT = String.raw`(?:it|that|this|that\s+one|the\s+(?:last\s+)?(?:one|question|query|search)|my\s+(?:last\s+)?(?:question|query|search))`;

/** "again", as typed in a hurry ("agian"), "once more", "one more time". */
const AGAIN = String.raw`(?:again|agian|agin|agan|once\s+more|one\s+more\s+time)`;

/** The last question again: "try again", "run that again", "one more time", "have another go". */
const RETRY = new RegExp(
  String.raw`^${OPENER}(?:(?:can|could|would|will)\s+(?:you|u)\s+|just\s+|please\s+|pls\s+)*(?:` +
    [
      String.raw`(?:try|retry|run|rerun|re-run|redo|re-do|do|ask|check|search|look|answer)\s+(?:${IT}\s+)?${AGAIN}`,
      String.raw`(?:retry|rerun|re-run|redo|re-do)(?:\s+${IT})?`,
      String.raw`(?:have|give\s+it|take)\s+(?:another|a\s+second|one\s+more)\s+(?:go|try|shot|stab|look)`,
      AGAIN,
    ].join('|') +
    String.raw`)${CLOSER}$`,
  'iu',
);

/** What was answered ("the answer", "those numbers", "your list"). */
const NOUN = String.raw`(?:answer|reply|result|results|number|numbers|figure|figures|count|total|list|one|data)`;

/** The answer is wrong: "that's wrong", "not what i asked", "you misunderstood me", "those numbers are off". */
const WRONG = new RegExp(
  String.raw`^${OPENER}(?:` +
    [
      // "that's wrong", "this is not right", "your answer is incorrect", "those figures are way off"
      String.raw`(?:that|this|it|those|these|(?:the|your)\s+${NOUN})(?:\s+${NOUN})?(?:'s|s|\s+is|\s+are|\s+was|\s+were|\s+looks?|\s+seems?|\s+sounds?)\s+(?:(?:just|totally|completely|all|so|very|clearly|definitely|obviously|simply|still|plain)\s+)*(?:wrong|incorrect|not\s+(?:right|correct|accurate|it|true)|(?:way\s+|a\s+bit\s+)?off|inaccurate|a\s+mistake|mistaken|nonsense|rubbish|not\s+what\s+i\s+(?:asked(?:\s+for)?|meant|wanted|was\s+(?:asking(?:\s+for)?|looking\s+for|after)))`,
      // "not what i asked", "that isn't what i meant", "nope, not what i was looking for"
      String.raw`(?:that|this|it)?(?:'s|’s|\s+is|\s+was|\s+isn'?t|\s+wasn'?t|\s+is\s+not|\s+was\s+not)?\s*not\s+what\s+i\s+(?:asked(?:\s+for)?|meant|wanted|was\s+(?:asking(?:\s+for)?|looking\s+for|after))`,
      String.raw`(?:that|this|it)\s*(?:isn'?t|wasn'?t|is\s+not|was\s+not)\s+(?:right|correct|it|what\s+i\s+(?:asked(?:\s+for)?|meant|wanted))`,
      // "that can't be right", "that doesn't look right", "that doesn't seem right"
      String.raw`(?:that|this|it|those|these)\s+(?:can'?t|cannot|doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:be|look|seem|sound)\s+right`,
      // "you got it wrong", "you misunderstood (me)", "you've misread it", "wrong answer"
      String.raw`(?:you(?:'ve|\s+have)?|u)\s+(?:got\s+(?:it|that|this|me)\s+wrong|(?:misunderstood|misread|misheard)(?:\s+(?:me|it|that|the\s+question))?|(?:are|'re|re)\s+wrong)`,
      String.raw`(?:wrong|incorrect)(?:\s+(?:answer|reply|result|results|numbers?|figures?|list))?`,
    ].join('|') +
    String.raw`)${CLOSER}$`,
  'iu',
);

/** The bot is no help: "you're useless", "this is pointless", "what a waste of time", "you suck". */
const NO_HELP = new RegExp(
  String.raw`^${OPENER}(?:` +
    [
      String.raw`(?:you(?:'re|’re|\s+are|re)?|ur|u\s+r|this(?:'s|’s|\s+is)?|thats|that'?s|it'?s|its|this\s+(?:bot|thing|assistant|tool|app)(?:\s+is)?|the\s+(?:bot|assistant)(?:\s+is)?|what\s+an?)\s+(?:(?:so|totally|completely|utterly|absolutely|really|pretty|just|such\s+an?|a|an)\s+)*(?:useless|hopeless|pointless|worthless|rubbish|garbage|trash|terrible|awful|stupid|dumb|pathetic|(?:no|not\s+any|not\s+much|of\s+no)\s+(?:help|use)|not\s+(?:helping|helpful|working)|unhelpful|waste\s+of\s+(?:time|space)|joke)(?:\s+(?:bot|thing|tool|assistant|app))?`,
      String.raw`(?:useless|hopeless|pointless|stupid|dumb|terrible|rubbish)(?:\s+(?:bot|thing|tool|assistant|app))?`,
      String.raw`(?:you|this|it)\s+(?:suck|sucks|aren'?t\s+helping|isn'?t\s+helping|are\s+not\s+helping|is\s+not\s+helping|don'?t\s+help|doesn'?t\s+help)`,
      String.raw`(?:what\s+a\s+)?waste\s+of\s+(?:my\s+)?time`,
    ].join('|') +
    String.raw`)${CLOSER}$`,
  'iu',
);

/** The complaint a whole message makes, or undefined when it asks or says anything else. */
export function complaintOf(text: string): Complaint | undefined {
  const message = text.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  if (!message) return undefined;
  if (RETRY.test(message)) return 'retry';
  if (WRONG.test(message)) return 'wrong';
  if (NO_HELP.test(message)) return 'no-help';
  return undefined;
}
