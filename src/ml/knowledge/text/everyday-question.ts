/**
 * How people type a question in a chat, against how documents are written: contractions with or
 * without the apostrophe ("doesnt", "you're"), chat spellings ("u", "ur", "thru", "pls") and words
 * that only carry the tone of a message ("guys", "actually", "is there a way to"). Left as typed,
 * each such word is a term no passage contains, so it counts as missing evidence and pushes a
 * right answer under the no-answer threshold. Only knowledge answers use this: the BEIR
 * benchmarks measure the plain analyser.
 */

/** Contractions, spelled with or without the apostrophe, and the words they stand for. */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(can)['’]?t\b/giu, 'can not'],
  [/\b(won)['’]t\b|\bwont\b/giu, 'will not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n['’]?t\b/giu, '$1 not'],
  [/\b(i)['’]?m\b/giu, 'i am'],
  [/\b(you|we|they)['’]re\b|\b(you|they)re\b/giu, '$1$2 are'],
  [/\b(i|you|we|they)['’]?ve\b/giu, '$1 have'],
  [/\b(i|you|we|they|it|that)['’]ll\b/giu, '$1 will'],
  [/\b(i|you|we|they)['’]d\b/giu, '$1 would'],
  [/\b(what|how|where|when|who|why|that|there|it|here)['’]?s\b/giu, '$1 is'],
];

/** Chat spellings and their words. */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ya', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['thru', 'through'],
  ['tho', 'though'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['abt', 'about'],
  ['w/', 'with'],
  // "does it work w salesforce": a lone w is "with", as w/ is
  ['w', 'with'],
  ['ppl', 'people'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['w/o', 'without'],
  ['b4', 'before'],
  ['2day', 'today'],
  ['asap', 'soon'],
  ['info', 'information'],
  ['yr', 'year'],
  ['yrly', 'yearly'],
  ['mo', 'month'],
  ['msg', 'message'],
  ['acct', 'account'],
  // clipped words (abbreviations a dictionary lists)
  ['req', 'requirement'],
  ['reqs', 'requirements'],
  ['spec', 'specification'],
  ['specs', 'specifications'],
  ['config', 'configuration'],
  ['auth', 'authentication'],
  ['perms', 'permissions'],
  ['pw', 'password'],
  ['pwd', 'password'],
  ['sub', 'subscription'],
  ['subs', 'subscriptions'],
  ['org', 'organisation'],
  ['convo', 'conversation'],
  ['mgr', 'manager'],
  ['msft', 'microsoft'],
  ['approx', 'about'],
  ['max', 'maximum'],
  ['min', 'minimum'],
  ['mins', 'minutes'],
  ['hrs', 'hours'],
  ['auto', 'automatically'],
  // short words typed with a slip (two letters swapped or one dropped): too short for the
  // corpus spelling, which corrects words of five letters or more ("hwo much is teh team plan")
  ['hwo', 'how'],
  ['teh', 'the'],
  ['hte', 'the'],
  ['wat', 'what'],
  ['waht', 'what'],
  ['whta', 'what'],
  ['cna', 'can'],
  ['yuo', 'you'],
  ['adn', 'and'],
  ['taht', 'that'],
  ['tehy', 'they'],
]);

/**
 * Words that shape a chat message but name no topic. They are dropped before searching, as the
 * question words are ("what", "how", "please"): a passage never needs to contain them.
 */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'guys',
  'folks',
  'exactly',
  'actually',
  'really',
  'basically',
  'honestly',
  'maybe',
  'perhaps',
  'possible',
  'possibly',
  'normal',
  'okay',
  'ok',
  'right',
  'now',
  'currently',
  'still',
  'even',
  'ever',
  'anyway',
  'somehow',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'something',
  'anything',
  'thing',
  'things',
  'stuff',
  'way',
  'ways',
  'happen',
  'happens',
  'happened',
  'going',
  'gonna',
  'wanna',
  'gotta',
  'kind',
  'sort',
  'bit',
  'lot',
  'lots',
  'yeah',
  'yes',
  'no',
  'hmm',
  'um',
  'btw',
  'fyi',
  'wondering',
  'curious',
  'question',
  'real',
  'he',
  'she',
  'him',
  'her',
  'his',
  'hers',
  'them',
  'one',
  'ones',
  'guess',
  'think',
  'say',
  'said',
  'mean',
  'means',
  'does',
  'doing',
  'do',
  'did',
  'not',
  'be',
  'will',
  'would',
  'should',
  'could',
  'am',
  'are',
  'is',
  'was',
  'were',
  'cannot',
  'able',
  'allowed',
  'okay',
  'sure',
  'though',
  'please',
  // "inside" says no more than "in", a stop word ("does it work inside Teams")
  'inside',
  // reflexive pronouns and places left open name no topic, as "someone" does
  'myself',
  'yourself',
  'ourselves',
  'yourselves',
  'themselves',
  'itself',
  'somewhere',
  'anywhere',
  'everywhere',
  // "show up in here" is in the product every document is about
  'here',
  // "what roles exist", "is everything encrypted", "our whole system", "failing saying 'account not
  // found'": whether a thing exists, all of it, or that a message says something names no topic
  'exist',
  'exists',
  'everything',
  'whole',
  'entire',
  'saying',
  'says',
  // "i typed my password wrong a bunch of times": typing is how anything is entered, and a bunch
  // is a number left open, as "lots" is
  'typed',
  'bunch',
  // "servers, ram etc": the rest of a list left open names no topic
  'etc',
  'etcetera',
  // a sigh names no topic ("ugh, keeps locking me out")
  'ugh',
  'argh',
  'omg',
]);

/**
 * A word before which a filler word names a kind of thing: "normal priority" is a priority of the
 * support table, not "normal" as in usual.
 */
const NAMES_A_KIND_BEFORE = /^(?:priority|priorities|tickets?|cases?|issues?|plan)\b/iu;

/**
 * The verb right after "how much" ("how much is it", "how much does it …") makes it a price
 * question, unlike "how much data"; it is kept so the question's implied topic is still read
 * (see QUESTION_CUES).
 */
const HOW_MUCH_BEFORE = /\bhow\s+much\s*$/iu;

/**
 * "Does it work with Outlook?" asks whether Outlook is supported: "work" names no topic there,
 * and a passage saying "syncs with Outlook" never uses it.
 */
const WORKS_WITH =
  /\b((?:does|do|will|would|can|could)\s+(?:it|this|that|crmpro|the\s+[\p{L}\p{N}]+|your\s+[\p{L}\p{N}]+))\s+work\s+(?=(?:with|in|on)\b)/giu;

/**
 * How the asker feels, said beside the question ("keeps locking me out, this is ridiculous", "sorry,
 * dumb question but …"): the mood of the message, never its topic. Only as such a clause: "i hate
 * mondays" keeps its words.
 */
const MOOD_CLAUSE =
  /(?:^|[,.;:!?-]+)\s*(?:(?:and|but|honestly|seriously)\s+)?(?:this|that|it)\s+is\s+(?:so\s+|really\s+|just\s+|absolutely\s+|getting\s+)?(?:ridiculous|annoying|frustrating|infuriating|terrible|awful|horrible|unacceptable|crazy|insane|a\s+joke)\b[.!]*|\b(?:sorry,?\s+)?(?:(?:if\s+)?this\s+is\s+)?(?:a\s+)?(?:dumb|stupid|silly|newbie|noob)\s+question\b,?|^\s*sorry\b,?/giu;

/**
 * Not liking the product ("if we hate it", "if we do not like it", "if we're unhappy with it") is
 * what the documents call not being happy with it.
 */
const DISLIKED =
  /\b(?:hate|hated|dislike|detest|(?:do|does|did)\s+not\s+like|(?:are|am|is|were)\s+(?:not\s+happy|unhappy|not\s+satisfied|dissatisfied|disappointed)\s+with)\s+(it|crmpro|this|the\s+product)\b/giu;

/**
 * The product named by a visitor in general words ("your product", "your software", "this
 * platform", "your app" doing something): the product every document is about, which the
 * documents call CRMPro. Left as typed, "product" or "platform" is a missing term, and
 * "product" is also the CRM's record of what a customer buys. A noun after it keeps its meaning
 * ("your product catalogue", "your app store listing").
 */
const PRODUCT_NAMED =
  /\b(?:your|this|ur)\s+(?:product|software|platform|solution|tool|crm|system|app|application)(?!\s+(?:catalog\w*|catalogu\w*|list\w*|store|stores|page|pages|requirements?|level|status|logs?|names?|ids?|records?|lines?|updates?|releases?|version|versions)\b)\b/giu;

/**
 * "Your product work with Outlook?": the same ask without its "does".
 */
const WORKS_WITH_UNASKED = /^\s*(crmpro|it)\s+works?\s+(?=(?:with|in|on)\b)/iu;

/**
 * "What server do I need to run it": what a thing needs to run or use "it" (the product every
 * document is about) is what it needs; the purpose names no topic of its own, and a section on
 * requirements never says "run".
 */
const NEEDED_TO_USE_IT =
  /\b(what\s+(?:(?:kinds?|sorts?|types?)\s+)?(?:of\s+)?(?!(?:do|does|would|will|should)\b)[\p{L}]+\s+(?:(?:do|does|would|will|should)\s+)?(?:i|we|you|they)\s+need)\s+(?:to|for)\s+(?:run|running|use|using)\s+(?:it|this|crmpro)\b/giu;

/**
 * "What do I need to self-host it", "what do we need to install crmpro": what running the product
 * oneself needs is its system requirements, as the installation page heads them.
 */
const NEEDED_TO_RUN_IT =
  /\bwhat\s+(?:(?:do|does|would|will|should)\s+)?(?:i|we|you|they)\s+need\s+(?:to|for)\s+(self[- ]?host\w*|host\w*|install\w*|run(?:ning)?|deploy\w*|set(?:ting)?\s+up)\b/giu;

/**
 * A number of people is a number of users, as prices and limits are counted ("what does it cost for
 * 15 people", "we are 8 people", "a team of 40 staff"); people without a number are not ("how many
 * people work at crmpro").
 */
const PEOPLE_COUNTED =
  /\b(\d+)\s*(?:-\s*)?(?:people|persons|person|heads|staff|employees|seats|colleagues|members)\b/giu;

/**
 * Data that is "gone" has been deleted ("how long until our data and backups are actually gone"),
 * as documents say; "gone" said of anything else is not ("where has the time gone").
 */
const DATA_GONE =
  /\b(data|backups?|workspace|account|records?|files?|contacts|leads|deals|history|stuff|everything)((?:\s+(?:is|are|was|were|be|been|get|gets|got|will|all|actually|really|completely|permanently|fully|truly|finally|totally|for\s+good))*)\s+gone\b/giu;

/**
 * A support agent pasting a customer's words: the lead-in before the colon ('customer asks: "…"',
 * 'pasting from a ticket: "…"') says where the question comes from, not what it is about, and the
 * quote marks around it would hide where its sentences end.
 */
const QUOTED_MESSAGE_LEAD_IN = /^[^:"“”?.!]{1,60}:\s*(?=["“”])/u;
const QUOTE_MARKS = /["“”]/gu;

/**
 * A problem or a need passed on from someone ("morgan says his digest didn't show up", "my boss say
 * we need sso, which plan have it?"): who said it is not the topic, and a first name or "boss" no
 * document uses would count as missing evidence.
 */
const REPORTED_BY =
  /^\s*(?:[\p{L}'’-]+\s+){1,2}(?:says?|said|tells\s+me|told\s+me|reports|reported|mentioned|complains|complained|asks|asked|is\s+asking|wants\s+to\s+know)\s+(?:that\s+|if\s+|whether\s+)?(?=(?:his|her|their|the|a|an|its|we|our|us|i|you|your)\b)/iu;

/** Asking how to answer the message just quoted ("- what do i tell them?") names no topic of its own. */
const HOW_TO_ANSWER_THEM =
  /\b(?:what|how)\s+(?:do|should|can|could|would|shall)\s+(?:i|we)\s+(?:tell|say\s+to|answer|reply\s+to|respond\s+to|write\s+to)\s+(?:them|him|her|this\s+(?:customer|client|person)|the\s+(?:customer|client))\b/giu;

/**
 * When something happened ("i logged it last week", "we paid yesterday") is the story of the
 * question, never a word of the documents, which state what is true at any time.
 */
const PAST_TIME =
  /\b(?:(?:last|this\s+past)\s+(?:week|month|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|earlier\s+today|this\s+morning|the\s+other\s+day|(?:a|one|two|three|a\s+few|a\s+couple\s+of|few|couple\s+of|\d+)\s+(?:days|weeks|months)\s+ago)\b/giu;

/**
 * Asking for an explanation or a short one ("how would you explain what segments do", "in a
 * sentence or two") asks what the thing is or does: the request names no topic.
 */
const EXPLAIN_REQUEST =
  /\b(?:how\s+(?:would|do|could|should)\s+(?:you|i|we)\s+(?:explain|describe|sum\s+up|summari[sz]e))\b/giu;
const IN_SHORT =
  /\b(?:in\s+a\s+(?:sentence|line|word)\s+or\s+two|in\s+a\s+nutshell|in\s+short|in\s+simple\s+terms|in\s+plain\s+(?:english|words)|briefly)\b/giu;

/** How a thing "came out" or "turned out" ("the dates all came out wrong") is how it is. */
const CAME_OUT = /\b(?:came|come|comes|turned|turn|turns)\s+out\b/giu;

/** A share of the things said ("half the features are gone") is the things themselves. */
const SHARE_OF = /\b(?:half|most|some|many|all)\s+(?:of\s+)?(?=the\s|our\s|my\s)/giu;

/** "Where do I go to connect Slack" asks where to connect it: going there names no topic. */
const GO_TO = /\b(where|how)\s+((?:do|can|should|would)\s+(?:i|we|you))\s+go\s+(?:to|about)\b/giu;

/**
 * "Remind me how the digest works" asks how it works: the request to be reminded names no topic
 * (unlike "remind me to call Acme", the follow-up task feature, which has no question word after it).
 */
const REMIND_ME =
  /\b(?:please\s+)?(?:can\s+you\s+)?remind\s+me\s+(?=(?:how|what|where|when|which|who|why|whether|if)\b)/giu;

/** Bringing things "over from" another tool ("bring my customers over from excel") is importing them. */
const BRING_OVER =
  /\b(?:bring|brings|bringing|move|moves|moving|carry|transfer|get)\s+((?:[\p{L}\p{N}'’]+\s+){0,3}?)over\s+from\b/giu;

/** "It keeps failing" says it fails, again: the repetition names no topic. */
const KEEPS_DOING = /\b(?:keeps|keep\s+on)\s+(?=\p{L}+ing\b)/giu;

/**
 * "Encrypted on your side", "nothing changed on our end": whose side it is (and that nothing
 * changed there) names no topic.
 */
const ON_ONES_SIDE =
  /\b(?:nothing\s+(?:has\s+)?changed\s+)?on\s+(?:your|our|my|their|the\s+crmpro)\s+(?:side|end)\b/giu;

/** Support that "gets back to us" responds to us, as the documents say. */
const GET_BACK_TO =
  /\b(?:get|gets|getting|got)\s+back\s+to\s+(?=(?:us|me|you|them|customers?|clients?|tickets?|high|urgent|low|normal)\b)/giu;

/**
 * "Who handles press?", "who looks after media enquiries": asked of a kind of enquiry and nothing
 * more, the person or team who handles it is its contact, as the documents list contacts. Not with
 * more said after it ("who handles updates if we self host" asks whose job the updates are).
 */
const WHO_HANDLES =
  /\bwho\s+(?:handles|deals\s+with|looks\s+after|takes\s+care\s+of|(?:is|are)\s+(?:in\s+charge\s+of|responsible\s+for))\s+(?=[\p{L}]+(?:\s+(?:enquiries|inquiries|questions|requests))?\s*[?.!]?\s*$)/giu;

/** "How long are invites good for", "how long does an invite link last" ask how long they are valid. */
const GOOD_FOR =
  /\b(how\s+long\s+(?:is|are|will|would|does|do)\b[^?,.;]*?)\s+(?:(?:good|usable)\s+for|lasts?|stay\s+valid|remain\s+valid)\b/giu;

/**
 * Making or generating a key, token or backup is creating or taking one, as the documents say
 * ("where do i make an API key": "Create an API key in Settings › API"); "make" alone is left as
 * typed, since Make is also a product the documents name.
 */
const MAKE_A_THING =
  /\b(?:make|makes|making|generate|generates|generating)\s+((?:(?:a|an|new|regular|the|our|my)\s+)*(?:api\s+)?(?:keys?|tokens?))\b/giu;
const MAKE_BACKUPS = /\b(?:make|makes|making|do|does|run|runs)\s+((?:(?:regular|daily|any)\s+)?backups)\b/giu;
/**
 * Backing up one's own data, by the asker ("how do I back up all our data", "can we take a backup of
 * everything ourselves", "is there a way to back up our crm"): a copy they make themselves is an
 * export; the backups "you" take are the hourly backups (`BACK_UP_DATA`).
 */
const OUR_OWN_BACKUP =
  /\b(how\s+(?:do|can|could|should|would)\s+(?:i|we)|(?:can|could|should|do|may)\s+(?:i|we)|(?:want|need|like|have|wish)\s+to|(?:a|any|some)\s+way\s+to|possible\s+to|able\s+to)\s+(?:(?:make|take|do|run|get)\s+(?:a|an|our\s+own|my\s+own|own)\s+)?back(?:ing)?\s*-?\s*ups?\b(?:\s+of\b)?/giu;
/**
 * Taking one's data out or along ("can we get our data out first", "once we quit can we still get our
 * stuff out", "do we get to take our records with us"): exporting it, as the documents say.
 */
const DATA_TAKEN_OUT =
  /\b(?:get|getting|take|taking|pull|pulling|grab|retrieve|extract|keep)\s+(?:(?:all|of|our|my|the|your|us|a|full|complete|copy|copies|everything)\s+)*(?:data|stuff|records|contacts|deals|information|info|everything)\s+(?:out|back|with\s+(?:us|me|them)|away|elsewhere)\b/giu;
/**
 * A copy of all one's data, or all of it downloaded ("how do i get a full copy of our crm data", "can
 * we download everything"): an export of the workspace.
 */
const COPY_OF_OUR_DATA =
  /\b(?:(?:get|have|take|make|keep|download)\s+)?(?:a\s+)?(?:full\s+|complete\s+|whole\s+|local\s+)?cop(?:y|ies)\s+of\s+(?=(?:(?:all|of|our|my|the|your|entire|whole)\s+)*(?:data|crm|workspace|records|contacts|deals|accounts|everything|database)\b)|\bdownload\s+(?=everything\b|all\s+(?:of\s+)?(?:our|my|the)?\s*(?:data|records|contacts|deals|accounts|crm)\b)/giu;
/**
 * The asker's CRM is their data in it ("is there a way to back up our crm", "export our crm data"):
 * not another CRM they move from ("import from our old crm"), which the import page names.
 */
const OUR_CRM =
  /(?<!\b(?:from|off|out\s+of|leave|leaving|replace|replacing|old|previous|current|existing|legacy|other)\s+)\b(our|my)\s+crm(?:\s+data)?\b(?!\s+(?:to|into|with|over)\b)/giu;
/**
 * People added to the workspace ("how do i add my sales team", "add three new reps", "adding
 * colleagues"): the documents invite them.
 */
const PEOPLE_ADDED =
  /\b(?:add|adding|added|bring\s+(?:in|on)|onboard|onboarding)\s+((?:(?:my|our|the|a|an|some|more|new|other|few|couple\s+of|\d+|two|three|four|five|ten)\s+)*(?:(?:sales|marketing|support|whole|entire)\s+)?(?:team(?:\s*mates|\s+members)?|colleagues|coworkers|co-workers|people|reps|staff|employees|users?|hires|members|managers|agents|salespeople))\b/giu;
/** Paying for people added ("add 5 users to the team plan", "do we pay for someone added mid-month"): billing, not inviting. */
const PAYING_FOR_PEOPLE =
  /\b(?:plans?|pay\w*|paid|bill\w*|invoic\w*|charg\w*|costs?|prices?|seats?|licen[cs]\w*|prorat\w*)\b/iu;
/** Backing data up is taking backups of it ("how often do you back up our data", "is our data backed up"). */
const BACK_UP_DATA = /\bback(?:ing)?\s*-?\s*up\s+(?=(?:our|my|the|your|all|customer|customers)\b)/giu;
const DATA_BACKED_UP =
  /\b(data|workspace|crm|records|everything)\s+(?:(?:is|are|get|gets|got|being|been)\s+)?backed\s*-?\s*up\b/giu;

/**
 * Where data is kept or held is where it is stored ("where is our data kept"); how long it is kept
 * is not (the retention pages say how long data is kept).
 */
const WHERE_KEPT =
  /\b((?:where|(?:which|what)\s+(?:country|region|countries))\b[^?,.;!]*?)\b(?:kept|held|keep|hold|keeps|holds)\b/giu;

/**
 * How many customers the vendor has, or how many companies use it, is how many customer workspaces
 * it serves, as the company page says ("how many customers do you have"); a customer of the caller's
 * own ("how many customers are in the champions segment") is not asked of the vendor.
 */
const VENDORS_CUSTOMERS =
  /\bhow\s+many\s+(?:customers|clients|companies|businesses|organi[sz]ations)\s+(?:do|does)\s+(?:you|you\s+guys|crmpro)\s+have\b|\bhow\s+many\s+(?:customers|clients|companies|businesses|organi[sz]ations|people|teams)\s+use\s+(?:you|crmpro|your\s+product|it)\b/giu;

/**
 * Working with no internet is working without internet access, as the documents say ("does it work
 * with no internet at the site", "we have no connection to the internet"): "no" alone is a filler
 * word, so the question would otherwise read as working with the internet.
 */
const NO_INTERNET =
  /\b(?:with\s+)?(?:no|without(?:\s+any)?|not\s+(?:any|an?)|zero)\s+(?:(?:internet|network|online)(?:\s+(?:access|connection|connectivity))?|connection\s+to\s+the\s+internet|wi-?fi)\b/giu;

/**
 * "Once we cancel", "once the trial ends": "once" opening a clause is "when" (a question word naming
 * no topic), not the "once" of "once a year".
 */
const ONCE_WHEN = /\bonce\s+(?=(?:we|you|i|they|it|our|your|my|the|a|an)\b)/giu;

/**
 * A price asked in a currency ("how much does it cost in euros") is what the documents say of the
 * currencies billed in.
 */
const PRICE_IN_CURRENCY =
  /\b(?:cost|costs|price|prices|priced|pay|charge|charged|bill|billed)\s+in\s+(euros?|eur|pounds|sterling|gbp|dollars|usd)\b/giu;

/**
 * A rate asked as a price ("the business plan rate per user", "what are your rates", "rate per
 * seat"): the documents say "costs" and "price", and "rate" alone is the API's rate limits. Not a
 * rate limit, nor a rate of something measured ("win rate", "conversion rate", "open rate").
 */
export const PRICE_RATE =
  /(?<!\b(?:win|winning|conversion|convert|open|click|bounce|churn|error|success|response|close|closing|exchange|refresh|sync|request|api|call|growth|hit|retention|renewal|failure|heart|frame)\s)\brates?\b(?!\s*-?\s*limit\w*|\s+of\b|\s+(?:at\s+)?which\b)/iu;

/**
 * A request for a thing ("kindly share the pricing", "please revert with the rate", "pls send us
 * the price list", "could you share your rates", "send me pricing") asks what that thing is: the request words name no topic, and "share" or
 * "send" would match the documents' shares and sending.
 */
const POLITE_REQUEST =
  /(?:\b(?:kindly|please|pls|plz|(?:can|could|would|will)\s+you(?:\s+(?:please|kindly))?)\s+(?:do\s+)?|^\s*)(?:share|send|provide|forward|mail|e-?mail|give)(?:\s+(?:me|us))?\s+|\b(?:(?:kindly|please|pls|plz)\s+)?revert\s+(?:back\s+)?(?:to\s+(?:me|us)\s+)?with\s+/giu;

/**
 * The product's price asked by its name ("how much is crmpro", "how much for your software"): the
 * name is in every document and names no section, so it is asked as "how much is it", which the
 * price list answers.
 */
const PRODUCT_PRICE =
  /\b(how\s+much\s+(?:is|are|does|do|would|will|for)\s+)(?:the\s+)?(?:crmpro|crm\s?pro|your\s+(?:product|software|tool|app|service|crm|platform|subscription|solution))\b/giu;

/**
 * Hosting or running the product oneself ("can we host it ourselves", "run crmpro myself"): the
 * self-hosted edition on one's own servers. "ourselves" alone is filler, which left "can we host it",
 * the cloud's hosting region.
 */
const HOSTED_ONESELF =
  /\b(host|hosting|run|running|install|installing|deploy|deploying|operate|operating)\s+(?:(?:it|crmpro|this|the\s+(?:product|software|app|crm|bot))\s+)?(?:ourselves|myself|yourself|themselves|in-house|in\s+house)\b/giu;

/** What running something needs: a need, a requirement, the kind of machine. */
const ASKS_WHAT_IT_NEEDS =
  /\b(?:need|needs|needed|require|requires|required|requirements?|specs?|kind\s+of\s+(?:server|machine|hardware|box|vm)s?)\b/iu;

/**
 * Paying with a wallet, service or currency the documents never name ("do u take paypal", "can we
 * pay with apple pay", "is crypto accepted"): asked as which payment methods are accepted, which the
 * billing page lists; the name alone is a term no passage holds.
 */
const UNLISTED_PAYMENT =
  /\b(?:pay\s?pal|apple\s?pay|google\s?pay|g\s?pay|amazon\s?pay|venmo|zelle|cash\s?app|alipay|wechat\s?pay|klarna|afterpay|crypto(?:currenc(?:y|ies))?|bitcoin|btc|ethereum|cheques?|checks|discover\s+cards?|diners(?:\s+club)?|jcb|union\s?pay)\b/iu;
const PAYING =
  /\b(?:pay|paying|paid|payments?|take|takes|accept\w*|support\w*|use|using|allow\w*|option)\b/iu;

/**
 * The question as a document would phrase its topic: contractions and chat spellings written out,
 * filler words dropped. Falls back to the question as typed when nothing would be left.
 */
export function everydayQuestion(question: string): string {
  if (UNLISTED_PAYMENT.test(question) && PAYING.test(question)) return 'what payment methods are accepted';
  let text = question.replace(QUOTED_MESSAGE_LEAD_IN, '').replace(QUOTE_MARKS, '').replace(REPORTED_BY, '');
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text
    .replace(HOW_TO_ANSWER_THEM, ' ')
    .replace(PAST_TIME, ' ')
    .replace(EXPLAIN_REQUEST, ' ')
    .replace(IN_SHORT, ' ');
  text = text.replace(REMIND_ME, '').replace(BRING_OVER, 'import $1from');
  text = text.replace(WHO_HANDLES, 'who is the contact for ');
  text = text
    .replace(GO_TO, '$1 $2')
    .replace(GOOD_FOR, '$1 valid')
    .replace(CAME_OUT, ' ')
    .replace(SHARE_OF, '');
  text = text
    .replace(ONCE_WHEN, 'when ')
    .replace(NO_INTERNET, 'without internet access')
    .replace(MOOD_CLAUSE, ' ')
    .replace(DISLIKED, 'are not happy with $1')
    .replace(PRODUCT_NAMED, 'crmpro')
    .replace(WORKS_WITH, '$1 ')
    .replace(WORKS_WITH_UNASKED, 'does $1 ')
    .replace(KEEPS_DOING, '')
    .replace(ON_ONES_SIDE, ' ')
    .replace(GET_BACK_TO, 'respond to ');
  text = text.replace(DATA_GONE, '$1$2 deleted').replace(PEOPLE_COUNTED, '$1 users');
  // Not when it asks what running it needs ("what kind of server do we need to run it ourselves"):
  // that is the system requirements, which the words as asked find.
  if (!ASKS_WHAT_IT_NEEDS.test(text))
    text = text.replace(HOSTED_ONESELF, '$1 it self-hosted on our own servers');
  text = text
    .replace(NEEDED_TO_USE_IT, '$1')
    .replace(NEEDED_TO_RUN_IT, 'what are the system requirements to $1');
  text = text
    .replace(VENDORS_CUSTOMERS, 'how many customer workspaces does crmpro serve')
    .replace(PRICE_IN_CURRENCY, 'bill in $1')
    .replace(POLITE_REQUEST, 'what is ')
    .replace(PRODUCT_PRICE, '$1it')
    .replace(new RegExp(PRICE_RATE.source, 'giu'), 'price');
  if (!PAYING_FOR_PEOPLE.test(text)) text = text.replace(PEOPLE_ADDED, 'invite $1');
  text = text
    .replace(MAKE_A_THING, 'create $1')
    .replace(OUR_CRM, '$1 data')
    .replace(OUR_OWN_BACKUP, '$1 export')
    .replace(DATA_TAKEN_OUT, 'export our data')
    .replace(COPY_OF_OUR_DATA, 'export ')
    .replace(MAKE_BACKUPS, 'take $1')
    .replace(BACK_UP_DATA, 'take backups of ')
    .replace(DATA_BACKED_UP, '$1 backups taken')
    .replace(WHERE_KEPT, '$1stored');
  const words: string[] = [];
  const tokens = text.split(/(\s+)/u);
  tokens.forEach((token, at) => {
    const bare = token.toLowerCase().replace(/^[^\p{L}\p{N}/]+|[^\p{L}\p{N}/]+$/gu, '');
    const spelled = CHAT_SPELLINGS.get(bare);
    if (spelled) words.push(token.toLowerCase().replace(bare, spelled));
    else if (
      FILLER_WORDS.has(bare) &&
      !HOW_MUCH_BEFORE.test(words.join('')) &&
      !NAMES_A_KIND_BEFORE.test(tokens[at + 2] ?? '')
    )
      words.push(token.replace(/[\p{L}\p{N}'’]+/gu, '').trim() || ' ');
    else words.push(token);
  });
  const result = words
    .join('')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(WHERE_YOU_ARE, 'where is the company based');
  return /[\p{L}\p{N}]/u.test(result) ? result : question;
}

/**
 * Where "you" are, asked of the vendor ("where r u located", "where are you guys situated"): where the
 * company is based, not where a customer's data is stored, which "located" also says (w26c, from dev-qa46).
 */
const WHERE_YOU_ARE =
  /\bwhere\s+(?:are\s+)?(?:you|your\s+company|your\s+team|your\s+offices?)\s+(?:located|situated)\b/giu;
