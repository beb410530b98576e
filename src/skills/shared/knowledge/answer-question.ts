import type { Logger } from '../../../core/logger';
import type { LlmServices } from '../../../ml/llm/language-model';
import type { KnowledgeBase } from '../../../ml/knowledge/knowledge-base';
import { withYesOrNo } from '../../../ml/knowledge/answers/yes-no';
import { readInContext, withClauseAnswers } from './clause-answers';
import { comparisonAnswer, productOverviewAnswer } from './comparison-answer';
import { sectionKey, topicOfAnswer, type AnswerTopic } from './follow-up-topic';
import {
  billingFollowUpAnswer,
  priceInAnotherCurrency,
  withPriceList,
  withPriceOfNamedThing,
  withStatedCurrency,
} from './price-list';
import { groundedKnowledgeAnswer } from './grounded-answer';
import { withTeamSizePrices } from './team-size-prices';
import { withLanguageNotice } from './language-notice';
import { withPlanAvailability } from './plan-availability';
import { withReferencedDocument } from './referenced-document';
import { withWholeSection } from './section-answer';
import { withOtherChecks } from './checklist-answer';
import type { KnowledgeAnswerResult } from './knowledge-answer-result';

/**
 * One knowledge question, as the bot and `crmpro knowledge ask` answer it: retrieval (with the
 * remote embeddings model when the index uses one), the extractive answer and, when an LLM is
 * configured, an answer it writes from the retrieved passages only, kept only when every sentence
 * cites one of them. Any LLM failure falls back to the extractive answer and is logged. Retrieval
 * searches with the documents' own terms added (`withTermsOfTheDocuments`); the LLM sees the question as asked.
 * A comparison is answered from the sections of both things compared (`comparisonAnswer`), one of the
 * product with a product the documents do not name with what the product is (`productOverviewAnswer`), an answer
 * about what a short section's title and heading name gets the whole section (`withWholeSection`),
 * one sending the reader to another document is completed from it (`withReferencedDocument`), and a
 * yes/no question's quote starts with "Yes." or "No." when its first sentence states which (`withYesOrNo`).
 * A price asked of a thing the price list has a section about, answered without an amount, is that
 * section's price (`withPriceOfNamedThing`).
 * A plan or a price asked for a number of people is worked out from the price list
 * (`withTeamSizePrices`), which plan has a feature is the sentence saying on which plans it is
 * (`withPlanAvailability`), and a message in another language first hears what the documents say
 * about the languages the assistant understands (`withLanguageNotice`). A problem answered by one
 * check of a troubleshooting page of checks also hears the other checks (`withOtherChecks`).
 * A follow-up naming only another way of being billed ("and billed yearly?") is the price so billed
 * that the previous answer's section states (`billingFollowUpAnswer`).
 * A follow-up that does not name its topic is read with `previousTopic` (what the previous answer
 * was about), and a message asking two things gets each clause's answer (`withClauseAnswers`); the
 * result says what the answer was about, for the next follow-up.
 */
export async function answerQuestion(
  base: KnowledgeBase,
  asked: string,
  llm: LlmServices | undefined,
  logger: Logger,
  previousTopic?: AnswerTopic,
): Promise<KnowledgeAnswerResult> {
  const lookUp = (text: string) =>
    base.answer(withTermsOfTheDocuments(text), {
      onRemoteError: (error) =>
        logger.warn(
          { err: error },
          'knowledge question not embedded remotely; answered from the lexical ranking',
        ),
    });
  // w18k: a price asked in another currency ("how much is the business plan in euros"): the price as
  // the documents state it, with the currency it is stated in and the currencies billed.
  const inOtherCurrency = priceInAnotherCurrency(asked);
  if (inOtherCurrency) {
    const priced = await answerQuestion(base, inOtherCurrency, llm, logger, previousTopic);
    const noted = withStatedCurrency(
      priced,
      (path) => base.sectionsOf(path),
      await lookUp('which currencies do you bill in'),
    );
    if (noted !== priced) return { ...priced, ...noted };
  }
  const billed = billingFollowUpAnswer(asked, previousTopic?.section, (path) => base.sectionsOf(path));
  const { answer: first, readAs: question } = billed
    ? { answer: billed, readAs: asked }
    : await readInContext(asked, previousTopic, lookUp);
  const compared =
    (await comparisonAnswer(question, first, lookUp)) ??
    (await productOverviewAnswer(question, first, lookUp));
  // The price so billed is already the one sentence asked: no price list, plan or named thing around it.
  const single = billed
    ? first
    : withPlanAvailability(
        question,
        withPriceOfNamedThing(
          question,
          withPriceList(
            question,
            withReferencedDocument(question, withWholeSection(question, first)),
            (path) => base.sectionsOf(path),
          ),
          (path) => base.sectionsOf(path),
        ),
        (path) => base.sectionsOf(path),
      );
  const sized = withOtherChecks(
    await withTeamSizePrices(question, single, lookUp, (path) => base.sectionsOf(path)),
    (path) => base.sectionsOf(path),
  );
  const workedOut = sized !== single;
  const answered = compared ?? (await withClauseAnswers(question, sized, lookUp));
  const found = await withLanguageNotice(asked, answered, lookUp);
  const { sources, confidence, noAnswer, reason, ignored, passages } = found;
  const heading = sources[0] ? [sources[0].title, sources[0].section].filter(Boolean).join(' › ') : '';
  const answer =
    compared || noAnswer || workedOut || found !== answered
      ? found.answer
      : withYesOrNo(question, found.answer, heading);
  // The price so billed goes on about the previous answer's thing ("and for the year?" after the Team plan).
  const words = noAnswer
    ? ''
    : billed && previousTopic
      ? previousTopic.words
      : topicOfAnswer(question, sources[0]);
  const topic = words ? { topic: { words, section: sectionKey(sources[0]) } } : {};
  const result = {
    answer,
    sources,
    confidence,
    noAnswer,
    ...(reason ? { reason } : {}),
    ignored,
    passages,
    ...topic,
  };
  if (!llm) return result;
  return groundedKnowledgeAnswer(
    question,
    result,
    (prompt) => llm.completion.complete(prompt),
    (problem) =>
      problem.kind === 'call-failed'
        ? logger.warn({ err: problem.error }, 'LLM knowledge answer failed; sent the extractive answer')
        : logger.info(
            { problems: problem.problems },
            'LLM knowledge answer rejected by the citation check; sent the extractive answer',
          ),
  );
}

/**
 * The uptime commitment not met, or what is owed when it is not ("wat do we get if youre down longer
 * than the sla says", "what compensation do we get if you go down", "if you break the uptime sla").
 * Not "miss": the refund policy's "If we miss the uptime promised in the SLA" answers it as typed.
 */
const SLA_NOT_MET =
  /\b(?:down|outage|outages|downtime|offline|unavailable|unreachable)\b[^.?!]*\b(?:compensat\w*|money\s+back|refund\w*|reimburs\w*|anything\s+back|what\s+(?:do|would|will|can|should)\s+(?:we|i)\s+get)\b|\b(?:breach\w*|break|breaks|broke|broken|below|falls?\s+short\s+of|longer\s+than|worse\s+than)\b[^.?!]*\b(?:sla|uptime|commitment|promised?)\b|\b(?:sla|uptime)\b[^.?!]*\b(?:breached|broken|not\s+met)\b|\b(?:compensat\w*|money\s+back|refund\w*|reimburs\w*|anything\s+back|get\s+back|what\s+(?:do|would|will|can)\s+(?:we|i)\s+get)\b[^.?!]*\b(?:down|outage|outages|downtime|sla|uptime)\b/i;

/**
 * The SLA asked of support tickets rather than of uptime ("what is our sla for urgent tickets", "sla
 * for p1 issues", "what's the response time sla on business"); so is the uptime commitment asked of
 * incidents ("does the uptime commitment cover urgent incidents at night my time": the urgent row, 24/7).
 */
const SUPPORT_TIMES_ASKED =
  /^(?=.*\b(?:sla|slas|service\s+level|uptime\s+(?:commitment|guarantee|promise)s?)\b)(?=.*\b(?:tickets?|urgent|priority|priorities|response|respond|reply|critical|severity|sev\s?[1-4]|p[0-4]|support|escalat\w*)\b)/i;

/** A priority below urgent said ("high priority", "normal tickets", "p3", "sev 2"): its own row of the response times. */
const OTHER_PRIORITY_SAID =
  /\b(?:high|normal|medium|low|p[2-4]|sev(?:erity)?\s?[2-4])\b(?!\s+(?:availability|uptime|volume|level\s+of))/;

/** A deal's chance of being won, named ("win chance", "win probability", "the odds of winning", "chance a deal is won"). */
const WIN_CHANCE_NAMED =
  /\b(?:win|winning|close|closing)\s+(?:chance|probabilit\w*|likelihood|odds)\b|\b(?:chance|probabilit\w*|likelihood|odds)\s+(?:of\s+(?:a\s+deal\s+)?(?:winning|closing)|(?:a|the)\s+deal\s+(?:is\s+won|closes|will\s+close|wins))\b/i;
/** Asking how a figure is made ("how is … computed", "what decides …", "based on what"). */
const HOW_WORKED_OUT =
  /\b(?:computed|calculated|calculate|compute|worked\s+out|work\s+out|determined|determine|decides?|decided|derived|generated|estimated|based\s+on|come\s+from|comes\s+from|made)\b/i;

/** A place data may be kept in, said with its preposition ("inside the EU", "in europe", "outside the uk"). */
const IN_A_REGION =
  /\b(?:in|inside|within|outside(?:\s+of)?|out\s+of|leave|leaves|leaving)\s+(?:the\s+)?(?:eu|e\.u\.|europe|european\s+union|uk|u\.k\.|united\s+kingdom|britain|great\s+britain|england|united\s+states|usa|america|germany|frankfurt|london|virginia)\b|\bin\s+the\s+(?:us|u\.s\.)\b/i;
/** Other CRMs and the files data comes from, by name. */
const ELSEWHERE =
  /(?:salesforce|hubspot|pipedrive|zoho|dynamics|freshsales|sugarcrm|insightly|(?:our\s+|the\s+|my\s+)?(?:old|current|existing|previous|legacy|other)\s+(?:crm|system|tool)|another\s+(?:crm|system|tool)|spreadsheets?|excel|google\s+sheets)/i;
/** Data and records, in everyday words. */
const OUR_DATA =
  /\b(?:data|contacts|records|deals|customers|accounts|leads|history|everything|stuff|pipeline)\b/i;

/**
 * People ask with abbreviations and everyday words the documents spell out ("SLA", "uptime
 * guarantee"); the documents' own terms are added so retrieval finds the section that answers.
 */
const DOCUMENT_TERMS: Array<[RegExp, string]> = [
  [
    new RegExp(
      String.raw`^(?!.*\b(?:miss|credits?|refunds?)\b)(?!.*(?:${SLA_NOT_MET.source}))(?!.*(?:${SUPPORT_TIMES_ASKED.source})).*(?:\bsla\b|\buptime\b|\bhow reliable\b)`,
      'i',
    ),
    'uptime commitment, available each calendar month',
  ],
  // the SLA of tickets ("what is our sla for urgent tickets", "sla on high priority issues"): the
  // support response times, not the uptime commitment
  // ("sla for high priority": the priority said picks its row of the table, so no other one is added)
  [
    new RegExp(String.raw`^(?!.*${OTHER_PRIORITY_SAID.source})(?:${SUPPORT_TIMES_ASKED.source})`, 'i'),
    'support response times, priority, urgent (service down)',
  ],
  [
    new RegExp(String.raw`^(?=.*${OTHER_PRIORITY_SAID.source})(?:${SUPPORT_TIMES_ASKED.source})`, 'i'),
    'support response times, priority',
  ],
  // what one gets when the commitment is not met is the service credits, not the commitment
  [SLA_NOT_MET, 'service credits, credit on your next invoice'],
  // how long data is kept, not where it is kept (that is where it is stored); once the customer has
  // cancelled or left, the words say so themselves ("When you leave": "When you cancel, …")
  [
    new RegExp(
      String.raw`\bdeleted data\b|^(?!.*\bwhere\b)(?!.*\b(?:cancel\w*|leave|leaving|left|close|closing|closed|quit)\b)(?!.*(?:${IN_A_REGION.source})).*\bkeep\b.*\bdata\b`,
      'i',
    ),
    'data retention and deletion',
  ],
  // how long setting up takes is how soon a team is up and running ("how long does setup take", "how
  // quickly can we get started"), not the self-hosted installation steps that "set up" = install finds
  [
    /\bhow\s+(?:long|quick|quickly|fast|soon|much\s+time)\b[^.?!]*\b(?:set\s+(?:\w+\s+)?up|setup|setting\s+(?:\w+\s+)?up|onboard\w*|get(?:ting)?\s+started|up\s+and\s+running|go(?:ing)?\s+live|roll(?:ing)?\s?out|implement\w*)\b|\b(?:setup|set\s?up|onboarding|implementation)\b[^.?!]*\b(?:take|takes|taking)\b[^.?!]*\b(?:long|time|days|weeks|hours)\b/i,
    'up and running in one afternoon, onboarding checklist',
  ],
  // setting up single sign-on, not a sign-in problem: the protocols it works with
  [
    /^(?!.*\b(?:errors?|fail\w*|broken|not\s+working|invalid|can.?t|cannot|renew\w*|expired?|locked)\b).*\b(?:set\s?up|setup|setting\s+up|enable|enabling|configure|configuring|turn\s+on|switch\s+on|activate|roll\s+out)\b[^.?!]*\b(?:sso|single\s+sign.?on|saml|openid)\b/i,
    'single sign-on with SAML 2.0 or OpenID Connect, access control',
  ],
  // setting up the Teams app (not the Team plan, not "most teams")
  [
    /\b(?:set\s?up|setup|setting\s+up|install\w*|connect\w*|add|adding|enable|hook\s+up|roll\s+out)\s+(?:(?:the|our|your|a|crmpro|ms|microsoft|to|in|into|with|for)\s+){0,3}teams\b(?!\s+plan)|\b(?:ms|microsoft)\s+teams\b[^.?!]*\b(?:set\s?up|setup|install\w*|connect\w*)\b/i,
    'Connecting Teams, Teams app store, app package',
  ],
  // a chat app's secret or token changed is put in the configuration again ("rotate the slack signing secret")
  [
    /\b(?:rotat\w*|chang\w*|replac\w*|renew\w*|regenerat\w*|updat\w*|new|reset\w*|revoked?)\b[^.?!]*\b(?:signing\s+secret|bot\s+token|slack\s+token|app\s+password|client\s+secret)\b|\b(?:signing\s+secret|bot\s+token|slack\s+token|app\s+password|client\s+secret)\s+(?:\w+\s+){0,2}(?:rotated|changed|replaced|renewed|regenerated|updated|reset|revoked|expired)\b/i,
    'bot token and signing secret, put them in .env and restart',
  ],
  // a thing that is signed ("webhooks - which events and are they signed?", "do you sign the payloads")
  // carries a signature; the stem of "signed" alone is that of single sign-on
  [
    /\b(?:are|is|be|being|get|gets|come|comes)\s+(?:\w+\s+)?signed\b(?!\s+(?:up|in|on|out|off|into)\b)|\bsigned\s+(?:with|payloads?|requests?|webhooks?|deliveries|messages?|events?|calls?)\b|\bsign(?:s|ing)?\s+(?:the\s+|your\s+|their\s+)?(?:webhooks?|payloads?|requests?|deliveries|messages?|events?)\b/i,
    'signature, delivery is signed',
  ],
  // training one's own models, as other chatbot tools make one do ("with rasa we had to train our own
  // models", "do we need to train the bot ourselves"), is what the built-in models spare; only when the
  // asker trains: whether the vendor trains its AI on their data ("do you train your ai on our data")
  // is the security page's, and how the lead-scoring model learns from one's deals is its own page
  [
    /^(?!.*\b(?:lead\s+scor\w*|scores?|scoring|forecast\w*)\b)(?!.*\b(?:you|they|crmpro)\s+(?:\w+\s+)?(?:train|use)\b).*(?:\b(?:we|i)\s+(?:\w+\s+){0,4}?(?:train|training|build|building|teach|teaching)\s+(?:(?:our|my|the|an?|its)\s+)?(?:own\s+)?(?:(?:ai|nlu|ml|language|intent)\s+)?(?:models?|bots?|nlu|intents?|ai|chatbots?|assistants?)\b|\b(?:train|training|build|building)\s+(?:our|my)\s+own\b)/i,
    'built-in models, run locally, no third-party AI service',
  ],
  // a customer wanting their money back, whatever the complaint around it ("you broke our export and we
  // want our money back, we signed up 2 weeks ago"), asks for the refund the refund policy grants; not
  // what is owed for an outage (the service credits above), nor a year paid (annual plans after 30 days)
  [
    new RegExp(
      String.raw`^(?!.*(?:${SLA_NOT_MET.source}))(?!.*\b(?:year|years|yearly|annual\w*)\b).*(?:\b(?:want|wants|wanted|demand\w*|(?:would|'d)\s+like|expect\w*|give\s+(?:us|me))\s+(?:\w+\s+){0,2}(?:money\s+back|refund(?:ed)?|(?:our|my|the)\s+money\s+returned)\b|\brefund\s+(?:us|me|our|my)\b)`,
      'i',
    ),
    '30-day money-back guarantee, full refund',
  ],
  // whether a price includes a tax ("are prices incl vat", "is the team plan price including GST?",
  // "do i pay tax on top"): the price list's own words say they exclude it; a VAT number or the
  // reverse charge keeps the taxes section's own words
  [
    /^(?!.*\b(?:vat|tax)\s+(?:numbers?|ids?|registration)\b)(?!.*\breverse\b)(?=.*\b(?:vat|gst|hst|sales\s+tax|tax|taxes|mwst|iva|tva)\b)(?=.*\b(?:incl\w*|excl\w*|inclusive|exclusive|with|without|plus|on\s+top|extra|added|before|after|net|gross)\b)/i,
    'prices exclude taxes, excluding VAT and sales tax',
  ],
  // what paying yearly rather than monthly changes in price ("annual vs monthly, whats the difference
  // in price", "is it cheaper to pay yearly", "do i save anything with annual billing"): what annual
  // billing saves; not the refunds or cancelling of annual plans, nor a named plan's yearly price
  // ("what is the annual price of the team plan" is the Team section's)
  [
    /^(?!.*\b(?:refund\w*|cancel\w*|money\s+back|downgrad\w*)\b)(?!.*\b(?:team|business|enterprise|free)\s+(?:plans?|tiers?)\b)(?!.*\bself.?host\w*)(?=.*\b(?:annual\w*|yearly|year|per\s+year)\b)(?=.*\b(?:cheaper|cheapest|save|saves|saving|savings|discount\w*|difference|differ|vs|versus|compared?|less|pricier|more\s+expensive|worth\s+it|better\s+deal)\b)/i,
    'annual billing saves 20% compared with monthly billing',
  ],
  // a discount asked or bargained for ("can you give me 30% off if i sign today", "any promo code?",
  // "is there a deal for startups"): the discounts the price list gives, and what annual billing saves;
  // a deal as the CRM's record ("can it ping our system when a deal is won") is no bargain
  [
    /\b\d+\s?%\s*(?:off|discount|cheaper|less)\b|\b(?:promo(?:tion(?:al)?)?|coupon|voucher|discount)\s+codes?\b|\b(?:coupons?|vouchers?|promotions?|special\s+(?:offer|price|pricing|deal)s?|(?:better|best|good)\s+deals?|(?:any|a)\s+deals?\s+(?:for|on|if)\b(?!\s+(?:a|an|the|each|every|my|our)\b)|money\s+off|price\s+(?:break|match)|knock\s+(?:\w+\s+)?off|sweeten)\b/i,
    'discounts, non-profit organisations and schools get 50% off the Team and Business plans, annual billing saves 20%',
  ],
  // the cheapest plan having a feature ("cheapest plan with the api", "lowest tier that includes sso"):
  // the plans that add features, not the Free plan that lacks them
  [
    /\b(?:cheapest|lowest|least\s+expensive|cheaper|smallest|minimum|entry(?:-|\s)level|most\s+affordable|basic)\s+(?:paid\s+)?(?:plan|tier|edition|option|package)\s+(?:with|that|which|for|to\s+get|including|includes|has|having|to\s+use|offering)\b/i,
    'the plan that adds it, costs per user',
  ],
  // what running the product needs, in a runtime's, a processor's or a server's words ("which node
  // version", "does it run on arm", "how much ram for 200 users", "can i run it on a raspberry pi",
  // "how many users can one server handle"): the self-hosted system requirements
  [
    /\b(?:node(?:\.?js)?\s+(?:version|versions|\d+)|(?:version|versions)\s+of\s+node(?:\.?js)?|which\s+node(?:\.?js)?|node(?:\.?js)?\s+(?:required|needed|do\s+(?:i|we)\s+need)|arm\s?64|aarch64|x86(?:-64|_64)?|raspberry\s+pi|(?:on|for|with|support\w*)\s+arm(?:\s+(?:chips?|processors?|cpus?|servers?|machines?|macs?))?\b|apple\s+silicon|graviton|(?:how\s+(?:much|many)|what|which|minimum|min)\s+(?:\w+\s+)?(?:ram|memory|cpus?|cores|vcpus?|disk\s+space|hardware|specs?)\b|(?:ram|memory|cpu|cpus|cores|disk\s+space|hardware)\s+(?:do\s+(?:i|we)\s+need|needed|required|requirements?)\b|how\s+many\s+(?:users|people|seats|reps|agents)\s+(?:can|could|will|would|does|do)\s+(?:(?:one|a|each|the|a\s+single|our|my|your)\s+)?(?:server|machine|box|instance|node|vm|host)\s+(?:handle|take|support|hold|serve|cope\s+with|manage|run)\b|(?:users|people|seats)\s+(?:per|on\s+(?:one|a|each|a\s+single))\s+(?:server|machine|instance|box|vm|host)\b)/i,
    'system requirements, Linux x86-64 or ARM64 with Node.js, CPU cores and GB of memory for users, disk',
  ],
  // a chat bot that does not answer at all ("the slack bot doesn't answer", "your slack bot ignores us
  // in #sales", "why is the bot not responding"): the troubleshooting checks (a user, the channel and
  // the mention, the connection), not the section on slow answers; "never talked" is a person who has
  // not written to the bot yet ("can the teams bot message a manager who never talked to it")
  [
    /^(?!.*\b(?:slow|slowly|late|takes?\s+(?:long|ages|forever|a\s+while)|delay\w*|lag\w*)\b)(?=.*\b(?:bot|crmpro|slack|teams|app|assistant)\b)(?=.*(?:\b(?:ignor\w*|silent|unresponsive|dead|nothing\s+happens|no\s+(?:answer|reply|response)s?)\b|(?:\b(?:not|never|stopped|stops?)|n't)\s+(?:\w+\s+)?(?:answer\w*|respond\w*|repl\w*|react\w*|work\w*)\b))/i,
    'check the channel: mentioned with @CRMPro, invite it; check the connection',
  ],
  // W17S: data brought over from another CRM or a spreadsheet ("were on hubspot now can we bring our
  // data over", "how do i move our old salesforce data across", "can we transfer our existing crm
  // data"): importing, with the templates for other CRMs' exports; not moving between our cloud and
  // self-hosting, not data taken out (an export), not sample data to try it ("get some sample data in")
  [
    new RegExp(
      String.raw`^(?!.*\b(?:self.?host\w*|on.?prem\w*|own\s+servers?|cloud\s+(?:to|and)|export\w*|away|leave|leaving|cancel\w*|duplicat\w*|dupes?|twice|double\w*)\b)(?!.*\b(?:sample|demo|test|dummy|example|fake|seed)\s+data\b)(?=.*${OUR_DATA.source})(?:.*\b(?:bring|move|moving|transfer\w*|carry|port|copy|migrat\w*)\b[^.?!]*${OUR_DATA.source}[^.?!]*\b(?:over|across|in|into\s+(?:crmpro|you|yours|your\s+\w+)|to\s+(?:you|crmpro|yours))\b|.*\b(?:bring|move|moving|transfer\w*|carry|port|copy|migrat\w*|switch\w*|import\w*|get)\b[^.?!]*\b(?:from|off|out\s+of)\s+(?:${ELSEWHERE.source})|.*\b(?:transfer\w*|migrat\w*|move|bring|port|import\w*)\b[^.?!]*\b(?:existing|old|current|previous|legacy)\s+(?:crm\s+)?(?:data|contacts|records|deals)|(?=.*${ELSEWHERE.source}).*\b(?:bring|move|transfer\w*|carry|port|copy|migrat\w*)\b[^.?!]*\b(?:over|across|in|into)\b)`,
      'i',
    ),
    'importing data from another CRM, import templates for Salesforce, HubSpot and Pipedrive exports, CSV, Settings Import',
  ],
  // Twentieth round: whether an import makes duplicates ("moving from hubspot - will the import create
  // duplicate accounts?", "do records get doubled if i import twice"): how imports match what exists
  [
    /^(?=.*\b(?:import\w*|migrat\w*|moving|move|bring\w*|upload\w*|csv)\b)(?=.*\b(?:duplicat\w*|dupes?|doubled?|twice|same\s+(?:account|contact|record)s?\s+again)\b)/i,
    'Duplicates: imports never create duplicate accounts, same domain updated, contacts matched by email address',
  ],
  // Twentieth round: which cards are taken ("which credit cards do you take", "do you accept amex",
  // "can i pay with a visa"): the cards the payment methods accept, not the trial's "no credit card"
  [
    /^(?!.*\btrials?\b)(?:.*\b(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?(?:credit\s+|debit\s+)?cards?\b|.*\bcards?\s+(?:do|does|can|will)\s+(?:you|it|i|we)\s+(?:take|accept|support|use)\b|.*\b(?:visa|mastercard|master\s+card|amex|american\s+express)\b)/i,
    'Cards: we accept Visa, Mastercard and American Express for all plans',
  ],
  // W17S: a tablet ("does it work on an ipad", "can i use it on my tablet"): the web app works on tablets
  [
    /\b(?:ipads?|tablets?|galaxy\s+tabs?|surface\s+(?:pro|go))\b/i,
    'mobile and browsers, the web app works on tablets',
  ],
  // W17S: the cheapest plan that is paid ("whats your cheapest paid plan", "lowest paid tier"): the
  // Team plan's price; not the cheapest plan with a feature (the plan that adds it, above)
  [
    /\b(?:cheapest|lowest(?:[-\s]priced)?|least\s+expensive|most\s+affordable|smallest|entry(?:-|\s)level|basic|starter)\s+(?:paid|paying|priced|commercial)\s+(?:plan|tier|edition|option|package|subscription|version)\b(?!\s+(?:with|that|which|for|to\s+get|including|includes|has|having|offering)\b)/i,
    'The Team plan costs per user per month billed monthly',
  ],
  // W17S: where data is kept, said with a place ("can we keep all data inside the EU", "is data kept
  // in germany", "do you host in europe"): the region data stays in, not how long it is kept
  [
    new RegExp(
      String.raw`^(?=.*\b(?:data|hosted|host|hosting|stored|store|storing|kept|keep|servers?|workspaces?|resid\w*)\b)(?=.*(?:${IN_A_REGION.source}))`,
      'i',
    ),
    'where data is stored, data stays in the region chosen, European Union (Frankfurt), EU workspaces are never moved outside the EU',
  ],
  // W17S: the languages support speaks ("which languages does your support speak", "do you offer
  // support in french"): contacting support; not the languages of the widget or the assistant
  [
    /^(?!.*\b(?:widget|assistant|bot|chat\s*bot|interface|ui|app|documents?|knowledge)\b)(?=.*(?:\b(?:your|the|customer|tech(?:nical)?)\s+support\b|\bsupport\s+(?:team|staff|people|agents?|desk|folks|guys|speak\w*|in)\b|\bhelp\s*desk\b|\bhelpdesk\b))(?=.*\b(?:languages?|speak\w*|spoken|english|german|deutsch|french|spanish|italian|dutch|portuguese|polish)\b)/i,
    'contacting support, support is available Monday to Friday, in English and German',
  ],
  // W17S: no longer using the product ("if we stop using crmpro what happens to our data", "if we
  // don't renew, is our data deleted"): what happens when you cancel, read-only for 30 days to export
  [
    new RegExp(
      String.raw`^(?=.*${OUR_DATA.source})(?=.*\b(?:stop(?:ped|s)?\s+using|no\s+longer\s+(?:use|using|need)|(?:do\s+not|don'?t|dont|not|never)\s+renew|end(?:ing)?\s+(?:our|the|my)\s+(?:subscription|contract|plan)|(?:switch|move|walk)\w*\s+away|churn\w*|(?:close|shut|delete)\s+(?:down\s+)?(?:our|the|my)\s+(?:workspace|account))\b)`,
      'i',
    ),
    'when you cancel, the workspace is kept read-only for 30 days so you can export your data, then permanently deleted',
  ],
  // w18k: a person's data erased ("how do i delete a person's data under gdpr", "a customer wants to be
  // forgotten", "gdpr erasure request, how"): the data subject requests, an admin erasing from the
  // contact page; not the controller and processor roles, nor a workspace deleted after leaving
  [
    new RegExp(
      String.raw`^(?!.*\b(?:workspace|account|subscription|cancel\w*|leave|leaving|deals?|leads?\s+(?:in|from)\s+bulk)\b)(?=.*\b(?:delet\w*|eras\w*|remov\w*|forget|forgotten|wip\w*|purg\w*|get\s+rid)\b)(?=.*(?:\bgdpr\b|\bdsars?\b|\bdata\s+subjects?\b|\bright\s+to\s+(?:be\s+forgotten|erasure)\b|\bpersonal\s+data\b|\b(?:a|one|the|that|this|some|any)\s+(?:person|individual|contact|customer|lead|user|people)(?:'s|’s|s')?\s+(?:personal\s+)?(?:data|info\w*|details|records?)\b|\b(?:someone|somebody|anyone|their|his|her)(?:'s|’s)?\s+(?:personal\s+)?(?:data|info\w*|details)\b|\b(?:to\s+be|be|being|wants?\s+to\s+be)\s+forgotten\b))`,
      'i',
    ),
    'data subject requests, an admin can export or erase everything about that contact from the contact page, erasure',
  ],
  // w18k: how long a deletion takes to reach the backups ("after a gdpr deletion how long until it's
  // gone from backups", "are deleted contacts purged from backups too"): backups overwritten within 35
  // days; not a workspace's backups after leaving, how often backups are taken, nor a restore
  [
    /^(?!.*\b(?:cancel\w*|leave|leaving|left|workspace|close|closing|how\s+often|restore\w*)\b)(?=.*\bbackups?\b)(?=.*\b(?:delet\w*|eras\w*|remov\w*|gone|purg\w*|wip\w*|forgotten|gdpr)\b)/i,
    'data subject requests, erasure, requests are completed immediately in the app, backups are overwritten within 35 days',
  ],
  // w18k: the database the product needs ("what database does the self hosted version need", "do i need
  // mongodb to run it", "is postgres required", "does it need a separate db server"): the embedded
  // database by default, MongoDB only for more than one server
  [
    /\b(?:what|which|what\s+kind\s+of|what\s+sort\s+of)\s+(?:database|db|datastore|data\s+store)s?\b|\b(?:mongo(?:db)?|postgres\w*|mysql|mariadb|sql\s*server|redis|database|db)\b[^.?!]*\b(?:need\w*|requir\w*|mandatory|necessary|compulsory|must|have\s+to|prerequisite)\b|\b(?:need\w*|requir\w*|mandatory|necessary|without|must\s+i|have\s+to\s+(?:install|run|set\s*up))\b[^.?!]*\b(?:mongo(?:db)?|postgres\w*|mysql|mariadb|sql\s*server|a\s+(?:separate\s+|real\s+|proper\s+|external\s+)?(?:database|db))\b/i,
    'with no database settings CRMPro uses its embedded database, single machine without any other server, Optional: MongoDB 6 or later for more than one server',
  ],
  // w18k: an operating system named ("does it run on windows", "can i install it on a mac", "ubuntu
  // supported?"): the system requirements, Linux x86-64 or ARM64; not a browser ("works in edge"),
  // nor how to install ("how do i install it on ubuntu" is the installation steps)
  [
    /^(?!.*\b(?:browsers?|chrome|edge|firefox|safari|internet\s+explorer)\b)(?!.*\bhow\s+(?:do|can|to|would|should)\b[^.?!]*\b(?:install|set\s*up|deploy|update|upgrade)\b)(?=.*\b(?:windows(?:\s+server)?|win(?:10|11|dows)|macos|mac\s?os|os\s?x|a\s+mac|my\s+mac|macbook|linux|ubuntu|debian|centos|rhel|red\s?hat|fedora|alpine|freebsd|operating\s+systems?|os)\b)(?=.*\b(?:run\w*|install\w*|host\w*|deploy\w*|support\w*|work\w*|compatible|compatibility|available|server|servers|need|requir\w*)\b)/i,
    'system requirements, Linux (x86-64 or ARM64) with Node.js',
  ],
  // w18k: the self-hosted edition talking to us ("does it phone home?", "does it send telemetry", "does
  // it call back to your servers", "can it run air-gapped"): it needs no connection to us, works offline
  [
    /\b(?:phones?|phoning|calls?|calling|reports?|reporting)\s+(?:back\s+)?home\b|\btelemetry\b|\b(?:usage\s+)?(?:analytics|tracking|statistics|stats)\s+(?:sent|back)\b|\bsend\w*\s+(?:\w+\s+){0,2}(?:data|anything|info\w*|usage|stats|metrics)\s+(?:back\s+)?(?:to\s+(?:you|your\s+servers?|crmpro|the\s+vendor)|home)\b|\b(?:call|connect|talk)\w*\s+(?:back\s+)?(?:to\s+)?(?:your|crmpro'?s?|the\s+vendor'?s?)\s+(?:servers?|cloud|backend)\b|\bair.?gapp?ed\b|\b(?:no|without|isolated\s+from\s+the)\s+(?:internet|outbound)\b/i,
    'the self-hosted edition needs no connection to us, works fully offline, without any external service',
  ],
  // w18k: the conversations kept ("do you keep my chats", "how long are chat logs stored", "do you save
  // the conversations"): retention, kept as long as the workspace exists, chat transcripts after 90
  // days; not the widget's cookie ("to keep the conversation going"), nor where they are stored, nor
  // chats logged as activities
  [
    /^(?!.*\b(?:where|cookies?|going)\b)(?=.*\b(?:chats?|conversations?|transcripts?|chat\s+(?:logs?|history))\b)(?=.*\b(?:keep|keeps|kept|stor(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|retain\w*|retention|hold\s+on\s+to)\b)/i,
    'data retention, we keep your data for as long as your workspace exists, delete website chat transcripts after 90 days',
  ],
  // the chance of winning a deal is the lead score; how it is worked out, how its model is trained
  [
    new RegExp(String.raw`^(?=.*(?:${WIN_CHANCE_NAMED.source}))(?=.*${HOW_WORKED_OUT.source})`, 'i'),
    'lead scoring, the probability that an open deal will be won, how the model is trained',
  ],
  [
    new RegExp(String.raw`^(?=.*(?:${WIN_CHANCE_NAMED.source}))(?!.*${HOW_WORKED_OUT.source})`, 'i'),
    'lead scoring, the probability that an open deal will be won',
  ],
];

/** The question with the documents' terms for the everyday words it uses appended (unchanged when none). */
export function withTermsOfTheDocuments(question: string): string {
  const added = DOCUMENT_TERMS.filter(([pattern]) => pattern.test(question)).map(([, terms]) => terms);
  return added.length ? `${question} (${added.join('; ')})` : question;
}
