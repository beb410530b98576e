import { asksOnlyTheKindOfFact } from '../../ml/knowledge/answers/answer-type';
import { analyze } from '../../ml/knowledge/text/analyzer';

/**
 * Wordings that make a message a question about the product rather than a request about CRM
 * records, whatever its topic words: the knowledge base is where such a message is answered (and
 * it says when it has no answer). The question router uses them together with the knowledge base's
 * own confidence, so a wording alone never sends a CRM request away (see `QuestionUnderstander`).
 */

/**
 * Questions whose subject is the product or a role in it, not the asker's records: how it behaves
 * ("how often does email sync run", "how quickly does it pick up changes", "how does it figure out
 * what to upsell"), what it can do ("can crmpro ping our system", "will it log my personal emails",
 * "could a visitor trick the chat", "can a rep see other people's deals") and what it needs ("how
 * many deals do we need before the scoring works", "what kind of server do I need"). A request
 * says what to do ("can you show me my deals", "log a call"): its subject is the bot as "you" or
 * the asker, so "can you …" and "can I …" are not among these.
 */
const PRODUCT_QUESTION = new RegExp(
  [
    // how it behaves
    String.raw`^\s*how (?:often|frequently|quickly|fast|soon)\b`,
    String.raw`^\s*how long (?:does|do|will|would) (?:it|that|this)\b`,
    String.raw`^\s*how (?:does|do|will|would|can|could) (?:it|crmpro|the (?:bot|assistant|app|widget|chat|system|model|scoring|score|forecast\w*|sync\w*|import\w*|digest))\b`,
    // what it, or a role, can do
    String.raw`^\s*(?:can|could|will|would) (?:it|crmpro|the (?:bot|assistant|app|widget|chat|system))\b`,
    String.raw`^\s*(?:can|could|do|does|will|would) (?:an? |other |any )?(?:(?:website|sales|marketing|support) )?(?:reps?|managers?|admins?|visitors?|users?|marketing users?|support agents?)\b`,
    // what it needs (not "what do i need to do this week": one's own tasks)
    String.raw`\b(?:do|does|would|will) (?:i|we|it|you) need\b(?!\s+to\s+do\b(?!\s+(?:to|for|with|about|if|when|so|in\s+order)\b))`,
  ].join('|'),
  'i',
);

/** True when a message is worded as a question about the product (see `PRODUCT_QUESTION`). */
export function isProductQuestion(text: string): boolean {
  return PRODUCT_QUESTION.test(text);
}

/**
 * A report that something of the product does not work ("the forecast digest isn't showing up",
 * "the bot doesn't answer me at all", "the digest is not arriving for one of them", "someone can't
 * get 2FA codes"): a
 * troubleshooting question, never a request to subscribe, log or look something up.
 */
const PROBLEM_REPORT =
  /\b(?:isn'?t|is not|aren'?t|are not|not|never|stopped)\s+(?:showing(?: up)?|arriving|coming through|appearing|loading|syncing|being (?:sent|delivered)|getting (?:through|delivered)|working)\b|\b(?:the )?(?:bot|app|widget|crmpro|assistant|digest|sync|import|integration)\s+(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|never|keeps?)\b|\b(?:digests?|e-?mails?|sync|import|bot|widget|app)\s+(?:didn'?t|did not|never)\s+(?:show(?:ed)?\s+up|arrived?|c[ao]me\s+through|appear(?:ed)?|get\s+(?:sent|delivered)|got\s+(?:sent|delivered))\b|\b(?:can'?t|cannot|can not|unable to|couldn'?t|could not)\s+(?:get|receive|use|enter|find)\s+(?:(?:their|his|her|my|our|the|any|a|new)\s+)?(?:2fa|two[- ]factor|mfa|authenticator|verification|sign[- ]?in|log[- ]?in|one[- ]time)\b/i;

/**
 * Signing in going wrong for someone (issue 19, w26c, from dev-qa46): they cannot log or sign in
 * ("a user cant log in"), are locked out ("says his account is locked", "she got locked out"), or
 * their codes, password or link are refused ("2fa codes are not accepted", "the reset link is
 * rejected", "gets 'invalid signature'"). Not a customer account's status: "locked" follows the
 * account of a person ("his", "my", "their", "the user's"), and a deal or an account of the CRM is
 * never said to be "logged in".
 */
const SIGN_IN_PROBLEM = new RegExp(
  [
    String.raw`\b(?:can'?t|cant|cannot|can not|unable to|couldn'?t|could not|not able to)\s+(?:log|sign)(?:\s*-\s*|\s+)?(?:in|on)(?:to)?\b`,
    String.raw`\blocked\s+out\b`,
    String.raw`\b(?:his|her|my|their|our|your|the user'?s|a user'?s|user|login|sign-?in)\s+accounts?\s+(?:is|was|are|were|got|gets|has been|have been|keeps getting)\s+(?:locked|blocked|disabled|suspended)\b`,
    String.raw`\b(?:2fa|two[- ]factor|mfa|authenticator|verification|sms|one[- ]time|login|sign-?in)\s+(?:codes?|tokens?)\s+(?:(?:are|is|were|was|get|gets|got|keeps?\s+getting|keeps?|being)\s+)?(?:not\s+(?:accepted|working|valid)|rejected|refused|declined|invalid|wrong|expired)\b`,
    String.raw`\b(?:passwords?|reset\s+links?|invite\s+links?|invitations?|sso|single sign-?on|saml)\s+(?:(?:is|are|was|were|gets|got|keeps)\s+)?(?:not\s+(?:accepted|working)|rejected|refused|invalid|expired)\b`,
    String.raw`\b(?:get|gets|got|getting|see|sees|seeing)\s+(?:an?\s+|the\s+)?['"‘“]?(?:invalid|unauthori[sz]ed|forbidden|access denied)\b`,
  ].join('|'),
  'i',
);

/** True when a message reports that part of the product does not work (see `PROBLEM_REPORT`, `SIGN_IN_PROBLEM`). */
export function isProblemReport(text: string): boolean {
  return PROBLEM_REPORT.test(text) || SIGN_IN_PROBLEM.test(text);
}

/**
 * A customer's or user's question passed on by staff (issue 19, w26c, from dev-qa46): "customer
 * cancelling wants to know how long they can still export their data", "a client is asking whether
 * we keep backups", "the user would like to know how to reset 2fa". The words after it are a question
 * about the product for the documentation (the router asks whether the knowledge base answers it,
 * and a message naming a record stays a CRM question).
 */
const PASSED_ON_QUESTION =
  /^\s*(?:(?:a|an|the|one|our|this|my)\s+)?(?:customers?|clients?|users?|prospects?|someone|somebody|they|he|she)\b[^?.!]{0,40}?\b(?:wants?\s+to\s+know|would\s+like\s+to\s+know|asks?|asked|is\s+asking|are\s+asking|wonders?|wondering|needs?\s+to\s+know)\s+(?:how|what|when|whether|if|why|where|which|can|do|does|is|are)\b/i;

/** True when staff pass on a customer's or user's question about the product (see `PASSED_ON_QUESTION`). */
export function isPassedOnQuestion(text: string): boolean {
  return PASSED_ON_QUESTION.test(text);
}

/** "morgan says …", "sam told me …": the colleague who passed a problem on, at the start of a message. */
const PASSED_ON_BY =
  /^\s*(?:[\p{L}'’-]+\s+){1,2}(?:says|said|tells\s+me|told\s+me|reports|reported|mentioned|complains|complained)\b/iu;

/**
 * True when a problem report is passed on from a colleague ("morgan says his digest didn't show
 * up in teams"): the person named is who said it, not a record the message asks about.
 */
export function isPassedOnProblemReport(text: string): boolean {
  return PASSED_ON_BY.test(text) && PROBLEM_REPORT.test(text);
}

/** A feature of the product as a subject ("the forecast digest", "lead scores", "the segments"). */
const FEATURE = String.raw`(?:(?:the|our|your|a|an|my)\s+)?(?:(?:daily|weekly|monthly|quarterly|morning|forecast|pipeline|churn|lead|deal|win|health|scoring|sales|customer)\s+)*(?:digests?|segments?|scores?|scoring|forecasts?|sync|syncs|imports?|models?|recommendations?|reminders?|notifications?|backups?|e-?mails?|messages?|summary e-?mails?|invite(?:\s+links?)?|reset\s+links?|widget|bot|assistant|app)`;
/** A message the product sends ("the daily forecast digest", "the weekly e-mail"): its content is documented. */
const MESSAGE = String.raw`(?:(?:the|our|your|a|an|my)\s+)?(?:(?:daily|weekly|monthly|morning|forecast|pipeline)\s+)*(?:digests?|e-?mails?|messages?|notifications?|summary e-?mails?)`;
/** A role of the product as a subject ("a rep", "other managers", "marketing users"). */
const ROLE = String.raw`(?:(?:a|an|other|any|the|our)\s+)?(?:(?:sales|marketing|support|website)\s+)?(?:reps?|managers?|admins?|administrators?|visitors?|users?|analysts?|agents?)`;

/**
 * How a feature of the product behaves, asked by staff in words that name a feature with records or
 * writes of its own: when or how often it runs ("when does the forecast digest arrive in teams",
 * "how often do the segments get refreshed"), what one of its messages holds ("what's in the daily
 * forecast email"), what a role may do ("can a rep see other reps deals"), what happens in a
 * situation ("when someone leaves what happens to their deals"), how it is made and what it needs
 * ("how is the sales forecast made", "how many closed deals does lead scoring need"), what it rests on or
 * does ("what is the forecast range based on", "explain what segments do"), how to make it do something
 * by itself ("how do i get my meetings to show up automatically") and whether what one logged can be
 * changed ("can i fix a call i logged last week"). Questions about one's records use
 * records, not features, as their subject ("when does the Globex renewal close", "what's in my
 * pipeline") or the past ("what happened to the initech deal").
 */
const PRODUCT_BEHAVIOUR = new RegExp(
  [
    String.raw`^\s*(?:when|how often|how frequently|how soon|how quickly|what time|at what time)\s+(?:does|do|is|are|will|would)\s+${FEATURE}\b`,
    String.raw`^\s*what(?:'s|’s|\s+is|\s+are)?\s+(?:in|included in|on)\s+${MESSAGE}\b`,
    String.raw`^\s*what\s+(?:does|do|will)\s+${MESSAGE}\s+(?:include|contain|show|say|have in it)\b`,
    String.raw`^\s*(?:can|could|may|do|does|will|would)\s+${ROLE}\s+(?:also\s+|still\s+|ever\s+)?(?:see|view|access|edit|change|delete|export|read|update|create|open|reassign)\b`,
    String.raw`\bwhat happens\b`,
    // how it is made, and what it needs ("how is the sales forecast made", "how is the forecast number made", "how many closed deals does lead scoring need")
    String.raw`^\s*how\s+(?:is|are|does|do)\s+${FEATURE}(?:\s+(?:numbers?|figures?|totals?|ranges?|values?))?\s+(?:(?:actually|really|exactly)\s+)?(?:get\s+)?(?:made|calculated|computed|built|worked out|generated|trained|decided|chosen|picked|ranked|scored)\b`,
    String.raw`\b(?:does|do)\s+${FEATURE}\s+need\b`,
    // what it rests on and what it is for ("what is the forecast range based on", "what do segments do")
    String.raw`^\s*what(?:'s|’s|\s+is|\s+are)\s+${FEATURE}(?:\s+(?:range|numbers?|figures?|probabilit(?:y|ies)))?\s+(?:actually\s+)?based\s+on\b`,
    String.raw`^\s*what\s+(?:do|does)\s+${FEATURE}\s+(?:actually\s+)?do\b`,
    String.raw`\b(?:explain|describe)\s+what\s+${FEATURE}\s+(?:do|does|are for|is for)\b`,
    // making it do something by itself ("how do i get my meetings to show up here automatically")
    String.raw`^\s*how\s+(?:do|can|could|would|should)\s+(?:i|we)\s+(?:get|make|have|set up|setup)\b.*\b(?:automatically|on (?:their|its) own|by (?:itself|themselves))\b`,
    // changing what one logged: how editing works ("can i fix a call i logged last week")
    String.raw`^\s*(?:(?:can|could|may)\s+(?:i|we)|how\s+(?:do|can|could|would)\s+(?:i|we))\s+(?:fix|edit|change|correct|amend|update|undo|delete|remove)\s+(?:a|an|the|my|our|one|that)\s+(?:call|note|meeting|e-?mail|interaction|activity|entry)s?\s+(?:that\s+)?(?:i|we)\s+(?:logged|added|entered|made|put in|recorded|created)\b`,
  ].join('|'),
  'i',
);

/** True when a message asks how a feature of the product behaves (see `PRODUCT_BEHAVIOUR`). */
export function isProductBehaviourQuestion(text: string): boolean {
  return PRODUCT_BEHAVIOUR.test(text);
}

/**
 * A topic, then only the kind of fact asked about it ("gmail sync? how often", "the team plan - how
 * much?", "free trial. how long"): a question for the documentation, never a request for help,
 * however short.
 */
export function isTopicThenKindOfFact(text: string): boolean {
  const parts = text
    .trim()
    .split(/(?<=[?.!])\s+|\s[-–—]\s+/u)
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
  return parts.length >= 2 && analyze(parts[0]!).length > 0 && asksOnlyTheKindOfFact(parts.at(-1)!, analyze);
}
