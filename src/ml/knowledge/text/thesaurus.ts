/** Words a question may use for a document's words: groups of equivalents, and one-way entries. */
export interface Thesaurus {
  /** Each group's phrases mean the same: any one finds the others. */
  readonly groups: ReadonlyArray<readonly string[]>;
  /** A question phrase in `from` also finds the document phrases in `to`, not the reverse. */
  readonly oneWay: ReadonlyArray<{ readonly from: readonly string[]; readonly to: readonly string[] }>;
}

/**
 * Words and phrases people ask with that a product's documents spell differently: abbreviations
 * ("SSO" / "single sign-on"), spellings ("SOC2" / "SOC 2"), everyday words for documentation terms
 * ("hours" / "available", "pricing" / "costs") and broader words for the names documents use
 * ("languages" / "English", "Okta" / "identity provider"). Each group is a set of alternatives;
 * a question that uses one alternative also searches for the others, and a passage containing any
 * of them counts as covering it (see `QueryExpander`). Only knowledge answers use it: the BEIR
 * retrieval benchmarks measure the plain analyser.
 */
const SAME_MEANING: ReadonlyArray<readonly string[]> = [
  // abbreviations and spellings
  ['sso', 'single sign-on', 'single sign on', 'single signon'],
  ['soc 2', 'soc2', 'soc ii'],
  ['sla', 'service level agreement', 'uptime commitment'],
  ['2fa', 'mfa', 'two-factor authentication', 'multi-factor authentication'],
  ['gdpr', 'data protection'],
  ['dpa', 'data processing agreement'],
  ['vat number', 'vat id', 'vat registration number', 'vat reg number', 'vat registration'],
  // everyday words for the documents' terms
  ['available', 'availability'],
  ['price', 'pricing', 'cost', 'fee', 'charge', 'pay per'],
  ['compliant', 'compliance', 'certified', 'certification', 'certificate', 'accredited'],
  ['refund', 'money back', 'money-back', 'reimburse'],
  ['cancel', 'terminate', 'end my subscription'],
  [
    'stored',
    'hosted',
    'data centre',
    'data center',
    'region',
    'located',
    'reside',
    'resides',
    'data live',
    'data lives',
  ],
  ['delete', 'erase', 'wipe', 'purge'],
  ['encrypted', 'encryption', 'encrypt'],
  ['trial', 'try it', 'test drive'],
  ['discount', 'reduced price', 'cheaper'],
  ['non-profit', 'nonprofit', 'not-for-profit', 'charity', 'charities'],
  ['sign in', 'log in', 'login', 'logon', 'sign on'],
  ['invoice', 'bill', 'receipt'],
  ['install', 'set up', 'setup', 'deploy'],
  ['requirements', 'prerequisites', 'system requirements'],
  ['respond', 'response', 'reply'],
  ['commitment', 'target', 'guarantee', 'promise', 'promised'],
  ['fast', 'quick', 'quickly', 'soon', 'response time'],
  ['issue', 'incident', 'problem', 'ticket'],
  // everyday words for the documents' terms, by subject (issue 19: questions in users' own words)
  // money and plans
  ['annual', 'annually', 'yearly', 'per year'],
  ['monthly', 'per month', 'month to month'],
  ['cheap', 'cheaper', 'cheapest', 'affordable', 'expensive', 'budget'],
  ['pause', 'on hold', 'freeze', 'suspend'],
  ['amex', 'american express'],
  ['credit card', 'card', 'debit card'],
  ['wire', 'bank transfer'],
  // people, teams and accounts
  ['users', 'colleagues', 'coworkers', 'co-workers', 'teammates', 'staff', 'employees', 'seats'],
  ['person', 'human', 'real person'],
  ['leaves', 'quits', 'quit', 'leaving', 'removed', 'remove'],
  ['purchase', 'purchased', 'buy', 'bought'],
  ['sign up', 'signup', 'register', 'create your workspace', 'getting started'],
  ['invitation', 'invite link', 'invitation link', 'invite email', 'invitation email'],
  // how long something lasts: a link "valid for" a week is one that expires after it
  ['expire', 'expires', 'expiry', 'valid', 'validity'],
  // product words
  ['recommendations', 'recommend', 'upsell', 'up-sell', 'cross-sell', 'cross sell', 'next best product'],
  ['llm', 'chatgpt', 'gpt', 'openai', 'language model', 'ai model'],
  ['knowledge base', 'docs', 'documentation', 'help articles', 'articles', 'help center', 'faq'],
  ['connect', 'hook up', 'integrate', 'plug in'],
  ['backups', 'backed up', 'back up', 'backup'],
  ['demo data', 'sample data', 'fake data', 'test data', 'dummy data'],
  ['penetration testing', 'pen test', 'pen tests', 'pentest', 'pentests'],
  ['accessibility', 'accessible', 'screen reader', 'wcag'],
  ['microsoft teams', 'ms teams', 'msteams'],
  ['downtime', 'outage', 'down'],
  ['located', 'based', 'headquartered', 'headquarters', 'hq', 'office'],
  ['release', 'releases', 'new version', 'new versions'],
  ['server', 'machine', 'hardware', 'vm', 'virtual machine', 'box'],
  ['plan', 'tier', 'subscription level'],
  ['free plan', 'free version', 'free edition', 'free account'],
  ['edition', 'version'],
  // running it oneself: on one's own infrastructure, on premises
  [
    'self-hosted',
    'self host',
    'self-host',
    'on premise',
    'on premises',
    'on-premise',
    'on-premises',
    'on prem',
    'on-prem',
    'own infrastructure',
  ],
  // moving from another product: "bring our data over from", "migrate from", "switch from"
  [
    'import',
    'migrate',
    'migrating',
    'migration',
    'over from',
    'move from',
    'moving from',
    'switch from',
    'switching from',
  ],
  ['personal', 'private'],
  ['at any time', 'any time', 'anytime', 'whenever'],
  // everyday words for the documents' plainer or more formal ones
  ['customer', 'client'],
  ['middle', 'mid', 'halfway', 'partway', 'part way'],
  ['update', 'refresh', 'recalculate'],
  ['notify', 'notification', 'ping', 'alert'],
  ['additional', 'extra'],
  ['data', 'information'],
  // irregular forms the stemmer keeps apart ("how long do you keep our data" / "your workspace is kept")
  ['keep', 'kept'],
  ['take', 'takes', 'taken', 'took'],
  ['send', 'sent'],
  ['wrong', 'incorrect', 'incorrectly', 'invalid'],
  // measures asked with an adjective ("how heavy", "how big") that documents state as a noun or verb
  ['heavy', 'weight', 'weighs', 'weigh'],
  ['big', 'size', 'large'],
];

/** Other CRMs, by their products' names. */
export const OTHER_CRMS: readonly string[] = [
  'salesforce',
  'hubspot',
  'pipedrive',
  'zoho',
  'microsoft dynamics',
  'dynamics 365',
  'freshsales',
  'sugarcrm',
  'insightly',
];

/** Words for working together with another product, before or after its name ("integrate with x", "x integration"). */
const INTEGRATION_WORDS: readonly string[] = [
  'integrate with',
  'integrates with',
  'integration with',
  'integration',
  'integrations',
  'connect to',
  'connect with',
  'connector',
  'sync with',
  'work with',
  'works with',
  'plugin',
  'plug-in',
];

/** Each product's name with each integration word, before and after it (stop words are read away when analysed). */
function integrationsWith(products: readonly string[]): string[] {
  return products.flatMap((product) =>
    INTEGRATION_WORDS.flatMap((words) => [`${words} ${product}`, `${product} ${words}`]),
  );
}

/**
 * One-way entries: a question word on the left also finds the document words on the right, not the
 * reverse ("what languages…" finds "English and German", but "we are a German company" is not about
 * languages; "Okta" is an identity provider, while a passage about identity providers is not about Okta).
 */
const ONE_WAY: Thesaurus['oneWay'] = [
  { from: ['hours', 'opening hours', 'office hours', 'opening times'], to: ['available', 'open'] },
  { from: ['languages', 'language', 'speak', 'spoken'], to: ['english', 'german', 'french', 'spanish'] },
  // a language named in its own words ("does the widget come in espanol")
  { from: ['espanol', 'español', 'castellano'], to: ['spanish'] },
  { from: ['francais', 'français'], to: ['french'] },
  { from: ['deutsch'], to: ['german'] },
  {
    from: [
      'okta',
      'onelogin',
      'entra',
      'azure ad',
      'active directory',
      'google workspace',
      'ping identity',
      'auth0',
      'adfs',
    ],
    to: ['identity provider', 'single sign-on', 'saml', 'openid connect'],
  },
  {
    from: ['iphone', 'android', 'ios', 'ipad', 'tablet', 'smartphone', 'my phone', 'phone app'],
    to: ['mobile'],
  },
  // who or what a thing is for, said of the people or the tool instead ("accessibility" alone would
  // not do: it has the stem of "access")
  {
    from: ['blind', 'visually impaired', 'partially sighted', 'disabled', 'disabilities'],
    to: ['wcag', 'screen reader', 'accessibility guidelines'],
  },
  // uploading a list of records is importing it (the opposite of exporting: see opposite-words.ts)
  { from: ['upload', 'uploading', 'uploaded'], to: ['import'] },
  // a spreadsheet's rows come in as a CSV file
  {
    from: ['excel', 'google sheets', 'libreoffice', 'numbers file', 'spreadsheet', 'spreadsheets'],
    to: ['spreadsheet', 'csv'],
  },
  {
    from: ['garbage', 'garbled', 'gibberish', 'weird characters', 'strange characters'],
    to: ['encoding', 'incorrectly'],
  },
  // how cheap or dear a thing is, is what it costs
  {
    from: ['cheap', 'cheaper', 'cheapest', 'affordable', 'expensive', 'pricey'],
    to: ['cost', 'costs', 'price'],
  },
  // to "record" a call or a note is to log it; a passage about logging is not about records
  { from: ['record', 'note down', 'write down'], to: ['log'] },
  { from: ['chrome', 'firefox', 'safari'], to: ['browser'] },
  // plugging in one's own model is using it; what shows up by itself was synced; paying is billing
  { from: ['plug in', 'swap in'], to: ['use'] },
  {
    from: ['show up automatically', 'appear automatically', 'pull in', 'pulled in', 'come in automatically'],
    to: ['sync', 'synced', 'syncs'],
  },
  { from: ['paying', 'pay'], to: ['billing', 'billed'] },
  { from: ['instead of', 'rather than', 'versus'], to: ['compared with'] },
  { from: ['europe', 'european'], to: ['eu', 'european union'] },
  // "take" a payment or a card is to accept it; "upgrade" to a new release is to update.
  { from: ['take', 'takes'], to: ['accept'] },
  { from: ['upgrade', 'upgrading'], to: ['update', 'updating'] },
  // fixing or correcting what one wrote is editing it; a figure "worked out" is calculated
  { from: ['fix', 'correct', 'amend', 'change'], to: ['edit'] },
  {
    from: ['worked out', 'work out', 'works out', 'figured out', 'figure out'],
    to: ['calculated', 'calculates', 'made'],
  },
  // how a score or estimate is worked out or decides is how its model is trained
  {
    from: [
      'score worked out',
      'score calculated',
      'scoring decide',
      'scoring decides',
      'score decided',
      'scoring work',
      'score work',
    ],
    to: ['model is trained', 'trained'],
  },
  // what a webhook sends is a delivery; a card payment that does not go through failed (the negation is
  // read away with the filler words, so the phrase names a card or a payment, never bare "go through")
  { from: ['payload', 'payloads'], to: ['delivery', 'deliveries'] },
  {
    from: [
      'payment go through',
      'payment goes through',
      'payment went through',
      'card go through',
      'card goes through',
      'card went through',
    ],
    to: ['failed', 'fails'],
  },
  // "the crm" said by someone using it is the product the documents call CRMPro
  { from: ['crm'], to: ['crmpro'] },
  // tries at signing in are attempts ("tries" alone has the stem of "try", as in "try it")
  { from: ['many tries', 'failed tries', 'wrong tries', 'retries'], to: ['attempts', 'failed attempts'] },
  // so are the times one typed a password wrong ("typed my password wrong a bunch of times")
  {
    from: [
      'wrong password',
      'wrong passwords',
      'password wrong',
      'bunch of times',
      'many times',
      'several times',
      'multiple times',
    ],
    to: ['attempts', 'failed attempts'],
  },
  // a bot that stopped replying or went quiet does not answer, or was disconnected, as the
  // troubleshooting page says
  {
    from: [
      'stopped replying',
      'stopped responding',
      'stopped answering',
      'stopped working',
      'not replying',
      'not responding',
      'went quiet',
      'gone quiet',
      'went silent',
    ],
    to: ['does not answer', 'disconnected'],
  },
  // how big a server must be is what the system requirements say ("how beefy does the box need to be")
  // (said of a server: "how beefy" or "how powerful" alone may be a bodybuilder or a car)
  {
    from: [
      'hardware',
      'specification',
      'specifications',
      'sizing',
      'beefy box',
      'beefy server',
      'beefy machine',
      'powerful server',
      'powerful machine',
      'big server',
      'big box',
    ],
    to: ['system requirements', 'cores', 'memory'],
  },
  // a Gmail or Outlook inbox is the mailbox a user connects
  { from: ['gmail', 'outlook', 'inbox', 'email account', 'mail account'], to: ['mailbox'] },
  { from: ['google mail', 'googlemail'], to: ['gmail'] },
  // what a product hooks or ties into, it syncs or integrates with ("does it hook into gmail")
  {
    from: ['hook into', 'hooks into', 'hook in', 'tie into', 'ties into', 'tie in'],
    to: ['syncs', 'integration'],
  },
  // a message that is genuine, or (really: a filler word, read away) came from its sender, is one with
  // a valid signature ("how do i check a webhook really came from you"; not "authentic": its stem is
  // that of "authenticate", as in signing in to the API)
  {
    from: [
      'genuine',
      'came from you',
      'come from you',
      'comes from you',
      'came from crmpro',
      'sent by you',
      'sent by crmpro',
      'spoofed',
      'spoofing',
      'forged',
      'tampered',
    ],
    to: ['signed', 'signature'],
  },
  // data on the move is "in transit" in a security document ("is traffic encrypted")
  {
    from: ['traffic', 'network traffic', 'over the wire', 'on the wire', 'over the network'],
    to: ['in transit'],
  },
  // what a shop "takes" is what it accepts ("which credit cards do you take", "can i pay with paypal")
  { from: ['do you take', 'can i pay with', 'can we pay with'], to: ['accept'] },
  // a processor family said short: the requirements name ARM64
  { from: ['arm', 'aarch64', 'raspberry pi', 'graviton', 'apple silicon'], to: ['arm64'] },
  // a forum of users is the community support the Free plan gets ("is there a user community or forum?")
  {
    from: ['forum', 'forums', 'community forum', 'user community'],
    to: ['community support', 'community'],
  },
  // a journalist's or reporter's questions, media and PR enquiries, go to the press contact
  {
    from: [
      'journalist',
      'journalists',
      'reporter',
      'reporters',
      'media enquiries',
      'media inquiries',
      'pr enquiries',
      'pr inquiries',
    ],
    to: ['press'],
  },
  // a new hire is a person to invite as a user ("how to add new hire to crmpro")
  {
    from: ['new hire', 'new hires', 'new starter', 'new starters', 'new joiner', 'new joiners'],
    to: ['invite', 'people'],
  },
  // so is a user, person or colleague one adds ("how do i add a new user"), and a new user or teammate
  {
    from: [
      'add user',
      'add new user',
      'add person',
      'add new person',
      'add people',
      'add more people',
      'add more users',
      'add colleague',
      'add teammate',
      'add someone',
      'new user',
      'new teammate',
      'new colleague',
    ],
    to: ['invite', 'people'],
  },
  // a trial or a contract that runs out or is over ends ("what happens when the trial runs out")
  {
    from: ['runs out', 'run out', 'ran out', 'running out', 'is over', 'are over', 'was over'],
    to: ['end', 'ends'],
  },
  // to stop paying is to cancel
  { from: ['stop paying', 'stopped paying', 'quit paying', 'no longer pay'], to: ['cancel'] },
  // a newsletter or a mailshot is email marketing, which the product overview says CRMPro is not
  {
    from: [
      'newsletter',
      'newsletters',
      'mailshot',
      'mailshots',
      'email blast',
      'email blasts',
      'mass email',
      'mass emails',
      'mailing list',
    ],
    to: ['email marketing', 'bulk email'],
  },
  // a network without internet access is what "works fully offline" is about ("no" is read away
  // with the filler words, so the phrase is the access or connection itself)
  {
    from: [
      'internet access',
      'internet connection',
      'air gapped',
      'air-gapped',
      'airgapped',
      'isolated network',
    ],
    to: ['offline'],
  },
  // an integration with another CRM named by its product is what the documents call importing from
  // "another CRM" ("do you integrate with hubspot"); the name alone ("we're comparing you with
  // hubspot - are you soc 2 compliant?") is not
  { from: integrationsWith(OTHER_CRMS), to: ['another crm', 'old crm'] },
  // where the vendor's servers are is where cloud data is stored ("your own servers" is self-hosting)
  {
    from: [
      'your servers',
      'servers located',
      'servers based',
      'servers hosted',
      'server location',
      'server locations',
    ],
    to: ['region', 'stored'],
  },
  // the country data or servers are in is the region the documents name
  { from: ['country', 'countries'], to: ['region'] },
  // paying on an invoice instead of by card is a bank transfer against one
  {
    from: ['by invoice', 'on invoice', 'via invoice', 'against invoice', 'invoiced', 'purchase order'],
    to: ['bank transfer', 'payment terms'],
  },
  // a webhook sent again, resent or redelivered is a retried delivery ("do webhooks get resent")
  {
    from: [
      'resend',
      'resends',
      'resent',
      're-send',
      're-sent',
      'redeliver',
      'redelivers',
      'redelivered',
      'redelivery',
      'sent again',
      'send again',
      'try again',
      'tried again',
    ],
    to: ['retried', 'retry'],
  },
  // an endpoint or server that is down or unreachable makes a delivery fail ("if my endpoint is down")
  {
    from: [
      'endpoint down',
      'endpoint offline',
      'endpoint unreachable',
      'server down',
      'server offline',
      'server unreachable',
    ],
    to: ['failed'],
  },
  // how often a thing happens is what the documents say it happens every hour, day or week
  { from: ['often', 'frequently', 'regularly', 'regular', 'frequency'], to: ['every'] },
  // other countries' names for a tax on sales are the VAT and sales tax the documents name ("incl GST")
  { from: ['gst', 'hst', 'pst', 'mwst', 'iva', 'tva', 'moms', 'consumption tax'], to: ['vat', 'sales tax'] },
  // paying VAT is being charged it, as the documents say ("do we still pay vat")
  { from: ['pay vat', 'paying vat', 'pay tax', 'paying tax'], to: ['charge vat'] },
  // a digest that did not show up, arrive or come through was not delivered (the negation is read
  // away with the filler words, so the phrase names the digest)
  {
    from: [
      'digest show up',
      'digest showed up',
      'digest shown up',
      'digest arrive',
      'digest arrived',
      'digest come through',
      'digest came through',
      'digests show up',
      'digests arrive',
      'get digest',
      'got digest',
    ],
    to: ['delivered'],
  },
  // paying for the year is an annual plan ("we paid for the year 4 months ago")
  {
    from: ['paid for the year', 'paid for a year', 'paid for the whole year', 'paid up front for the year'],
    to: ['annual'],
  },
  // the bot or chatbot one talks to is what the documents call the assistant ("what languages does the bot speak")
  { from: ['bot', 'chatbot', 'chat bot'], to: ['assistant'] },
  // a person who has left the company, or whom one takes off or offboards, is one an admin removes
  {
    from: [
      'left the company',
      'left our company',
      'leaves the company',
      'leaves our company',
      'left the team',
      'left the business',
      'has left',
      'have left',
      'who left',
      'that left',
      'take off',
      'taking off',
      'offboard',
      'offboarding',
    ],
    to: ['leaves', 'remove', 'removes'],
  },
  // twelfth round (W13-K): the documents' words for what a visitor asks in their own.
  // support that is open is available at hours ("when is your support open": not the Careers' "Open positions")
  {
    from: ['support open', 'support opens', 'support closed', 'support closes', 'support staffed'],
    to: ['support is available', 'monday to friday'],
  },
  // a job, vacancy or working for the company is what Careers is about; working from abroad is remote
  {
    from: [
      'looking for a job',
      'job openings',
      'jobs going',
      'job at crmpro',
      'jobs at crmpro',
      'vacancy',
      'vacancies',
      'hiring',
      'recruiting',
      'work for you',
      'work for crmpro',
      'join your team',
    ],
    to: ['careers', 'open positions', 'hire'],
  },
  {
    from: ['outside the uk', 'outside britain', 'abroad', 'another country', 'other countries'],
    to: ['remotely', 'across europe'],
  },
  // the most a thing takes is its limit ("max rows for an import?": "up to 500,000 rows")
  {
    from: ['max', 'maximum', 'max number', 'row limit', 'how many rows', 'biggest', 'largest'],
    to: ['up to', 'limit', 'limits'],
  },
  // the catch, downside or limits of a plan are what it has not ("It has no forecasting and no API access")
  {
    from: ['catch', 'downside', 'downsides', 'drawback', 'drawbacks', 'limitation', 'limitations'],
    to: ['up to', 'has no'],
  },
  // a currency named is the currencies billed in, and the prices' own currency
  {
    from: ['euro', 'euros', 'eur', 'pounds', 'gbp', 'sterling', 'dollars', 'usd', 'currency', 'currencies'],
    to: ['us dollars', 'euros', 'british pounds', 'currency'],
  },
  // a currency the documents do not bill in ("do you bill in AUD", "can we pay in rupees"): the
  // currencies billed in answer by implication. Not "won", "real" or "rand": English words too.
  {
    from: [
      'aud',
      'cad',
      'nzd',
      'sgd',
      'hkd',
      'inr',
      'rupee',
      'rupees',
      'yen',
      'jpy',
      'chf',
      'swiss francs',
      'sek',
      'nok',
      'dkk',
      'krona',
      'kronor',
      'kroner',
      'pln',
      'zloty',
      'zar',
      'brl',
      'reais',
      'mxn',
      'peso',
      'pesos',
      'cny',
      'rmb',
      'yuan',
      'krw',
      'aed',
      'dirham',
      'dirhams',
      'ringgit',
      'baht',
      'shekels',
      'lira',
      'australian dollars',
      'canadian dollars',
      'local currency',
      'our currency',
      'my currency',
      'own currency',
    ],
    to: ['us dollars', 'euros', 'british pounds', 'currency'],
  },
  // a time zone or a time of day the asker names ("we're on IST", "at night my time", "9am PST", "at
  // the weekend"): the hours support works, stated in UK time, and what is handled around the clock
  {
    from: [
      'time zone',
      'time zones',
      'timezone',
      'timezones',
      'my time',
      'our time',
      'local time',
      'ist',
      'pst',
      'pdt',
      'est',
      'edt',
      'cst',
      'cdt',
      'mst',
      'aest',
      'aedt',
      'awst',
      'acst',
      'nzst',
      'nzdt',
      'cet',
      'cest',
      'eet',
      'gmt',
      'bst',
      'jst',
      'sgt',
      'hkt',
      'night',
      'nights',
      'overnight',
      'midnight',
      'evening',
      'evenings',
      'weekend',
      'weekends',
      'saturday',
      'sunday',
      'after hours',
      'out of hours',
      'outside office hours',
      'outside business hours',
      'round the clock',
      'around the clock',
      'our business hours',
      'our working hours',
      'our office hours',
      'our hours',
      'our morning',
      'our afternoon',
    ],
    to: ['uk time', '24/7', 'monday to friday'],
  },
  // losing one's data is what the documents say is kept or deleted ("if we downgrade do we lose our
  // data": "your data is kept"); "lost" stays the deals lost
  { from: ['lose', 'losing', 'loses'], to: ['kept', 'deleted'] },
  { from: ['straight away', 'right away', 'instantly', 'at once', 'right then'], to: ['immediately'] },
  // moving to a cheaper or dearer plan is downgrading or upgrading it; not "go down to" or "go up
  // to", which read as "go down" and "go up" (the service going down, prices going up)
  {
    from: [
      'move down to',
      'drop down to',
      'step down to',
      'cheaper plan',
      'lower plan',
      'smaller plan',
      'lower tier',
      'cheaper tier',
    ],
    to: ['downgrade'],
  },
  {
    from: ['move up to', 'step up to', 'bigger plan', 'higher plan', 'higher tier', 'pricier plan'],
    to: ['upgrade'],
  },
  // what format data comes out in is the files an export writes; downloading it all is exporting it
  {
    from: ['download all', 'download our', 'download my', 'get all our data out', 'take our data'],
    to: ['export'],
  },
  { from: ['format', 'formats', 'file type', 'file types'], to: ['csv', 'json'] },
  // calling or authenticating to the API is done with an API key in a header (not "api calls": running out of them is no topic)
  {
    from: [
      'call the api',
      'call your api',
      'api authentication',
      'authenticate to the api',
      'authenticate with the api',
      'authenticate against the api',
    ],
    to: ['api key', 'authorization', 'bearer'],
  },
  // where "you" are located is where the company is based ("where r u located", "where is crmpro
  // located"); where data is located stays where it is stored (w26c, from dev-qa46)
  {
    from: [
      'you located',
      'u located',
      'you guys located',
      'you folks located',
      'your company located',
      'company located',
      'crmpro located',
      'your office located',
      'your offices located',
    ],
    to: ['based', 'company', 'office'],
  },
  // where data physically is, is the region it is stored in ("physically" alone has the stem of "physics")
  {
    from: [
      'where physically',
      'physically located',
      'physically stored',
      'physically kept',
      'physical location',
    ],
    to: ['region', 'stored'],
  },
  // one's own data centre, or hosting it oneself, is the self-hosted edition on one's own servers
  {
    from: [
      'own datacenter',
      'own data center',
      'own data centre',
      'host it ourselves',
      'hosting it ourselves',
    ],
    to: ['self-hosted', 'own servers'],
  },
  // a school, a teacher or education pricing is the schools' discount
  {
    from: [
      'education',
      'educational',
      'teacher',
      'teachers',
      'university',
      'universities',
      'college',
      'academic',
      'students',
    ],
    to: ['schools'],
  },
  // who makes the product is the company it is made by
  {
    from: ['who makes', 'who made', 'who built', 'who builds', 'company behind', 'who is behind'],
    to: ['made by', 'founded'],
  },
  // the protocols single sign-on speaks, and a provider one adds for it, are SAML and OpenID Connect ("which sso protocols do you support")
  {
    from: ['protocol', 'protocols', 'sso provider', 'sso providers', 'identity provider', 'idp'],
    to: ['saml', 'openid connect'],
  }, // thirteenth round (W14-K). A kind of thing asked is the things of that kind the documents name, as
  // languages are English and German ("which browsers do you support": Chrome, Edge, Firefox and Safari)
  {
    from: ['browser', 'browsers', 'web browser', 'web browsers'],
    to: ['chrome', 'edge', 'firefox', 'safari'],
  },
  // whether the product is open source is what its licence says
  {
    from: ['open source', 'open-source', 'opensource', 'source code', 'foss', 'free software'],
    to: ['licensed', 'licensed per user'],
  },
  // a person asking to see or delete the data held about them makes a data subject request, as GDPR
  // calls it (no phrase with "their" alone: a stop word, "their data deleted" would be any "data deleted")
  {
    from: [
      'asked us to delete',
      'asks us to delete',
      'asking us to delete',
      'asked us to erase',
      'asks us to erase',
      'wants their data erased',
      'wants their data deleted',
      'delete his data',
      'delete her data',
      'data we hold on them',
      'data we have on them',
      'right to be forgotten',
      'right to erasure',
      'deletion request',
      'erasure request',
      'subject access request',
    ],
    to: ['data subject requests'],
  },
  // a server's ram is its memory
  { from: ['ram'], to: ['memory'] },
  // a lecturer or a school of any kind is a school ("a secondary school", "a primary school")
  {
    from: ['lecturer', 'lecturers', 'secondary school', 'primary school', 'high school', 'academy'],
    to: ['schools'],
  },
  // training one's own models, as other chatbot tools make one do, is what the built-in models spare
  {
    from: [
      'train our own models',
      'train our own model',
      'train your own models',
      'train my own models',
      'train own models',
      'training our own models',
      'build our own models',
      'train the models ourselves',
    ],
    to: ['built-in models', 'run locally'],
  },
  // Issue 19, eighteenth round (w19t): visitors who are not buyers. The company's postal address,
  // not an email address ("what's your address")
  {
    from: [
      'your address',
      'postal address',
      'office address',
      'mailing address',
      'street address',
      'hq address',
    ],
    to: ['registered address'],
  },
  // another office than the head office ("an office in germany", "any other offices")
  {
    from: [
      'office in germany',
      'offices in germany',
      'german office',
      'office in europe',
      'offices in europe',
      'other offices',
      'other office',
      'another office',
      'more offices',
      'second office',
    ],
    to: ['second office', 'berlin'],
  },
];

/** The thesaurus knowledge answers search with. */
export const KNOWLEDGE_THESAURUS: Thesaurus = Object.freeze({ groups: SAME_MEANING, oneWay: ONE_WAY });

/** Every phrase of a thesaurus (its groups and both sides of its one-way entries). */
export function thesaurusPhrases(thesaurus: Thesaurus): string[] {
  return [...thesaurus.groups.flat(), ...thesaurus.oneWay.flatMap((entry) => [...entry.from, ...entry.to])];
}

/** How much an alternative from the thesaurus weighs in the ranking, against 1 for a word of the question. */
export const EXPANSION_WEIGHT = 0.5;

/** A question's terms after expansion: what to search for, and what stands for each word of it. */
export interface ExpandedQuery {
  /** Added search terms with their weight (never a term of the question itself). */
  readonly added: ReadonlyMap<string, number>;
  /**
   * For a term of the question, the term sequences that may stand for it in a passage (each
   * alternative counts as present when all its terms are).
   */
  readonly alternatives: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
}

/**
 * Expands analysed questions with a thesaurus. Alternatives are analysed with the index's own
 * analyser, so "single sign-on" matches the stems the passages were indexed with; a phrase
 * matches only where its terms follow one another in the question.
 */
export class QueryExpander {
  private readonly entries: ReadonlyArray<{
    readonly from: ReadonlyArray<readonly string[]>;
    readonly to: ReadonlyArray<readonly string[]>;
  }>;

  /**
   * The entries (their positions in `entries`) with a phrase opening with a term: a question can
   * use only entries opening with one of its own terms, so `expand` reads those and not the
   * whole thesaurus.
   */
  private readonly entriesByFirstTerm = new Map<string, number[]>();

  constructor(thesaurus: Thesaurus, analyze: (text: string) => string[]) {
    const phrases = (list: readonly string[]) =>
      dedupe(list.map((phrase) => analyze(phrase)).filter((terms) => terms.length > 0));
    this.entries = [
      ...thesaurus.groups.map((group) => ({ from: phrases(group), to: phrases(group) })),
      ...thesaurus.oneWay.map((entry) => ({ from: phrases(entry.from), to: phrases(entry.to) })),
    ];
    for (const [position, { from }] of this.entries.entries())
      for (const phrase of from) {
        const list = this.entriesByFirstTerm.get(phrase[0]!) ?? [];
        if (list[list.length - 1] !== position) list.push(position);
        this.entriesByFirstTerm.set(phrase[0]!, list);
      }
  }

  /** The search terms and alternatives the thesaurus adds to a question's terms. */
  expand(terms: readonly string[]): ExpandedQuery {
    const added = new Map<string, number>();
    const alternatives = new Map<string, Array<readonly string[]>>();
    const own = new Set(terms);
    // In the thesaurus's order, as a walk over every entry would meet them.
    const candidates = new Set<number>();
    for (const term of own)
      for (const position of this.entriesByFirstTerm.get(term) ?? []) candidates.add(position);
    for (const position of [...candidates].sort((a, b) => a - b)) {
      const { from, to } = this.entries[position]!;
      const used = from.filter((phrase) => occursIn(phrase, terms));
      if (!used.length) continue;
      const others = to.filter((phrase) => !used.some((own) => own.join(' ') === phrase.join(' ')));
      for (const phrase of others) {
        for (const term of phrase)
          if (!own.has(term))
            added.set(term, Math.max(added.get(term) ?? 0, EXPANSION_WEIGHT / phrase.length));
      }
      // One entry is one concept: when a question uses it twice ("languages … spoken"), only one
      // use may be covered by an alternative, so one document word cannot cover both. That use is
      // the longest phrase ("system requirements" over "requirements"). A phrase the question uses
      // never stands for another: "card" must not cover the "credit" of "credit card" (the page on
      // changing the card would then answer whether a trial needs a credit card), nor "requires"
      // (stem of "requirements") the "system" of "system requirements".
      const [covered] = [...used].sort((a, b) => b.length - a.length);
      for (const term of covered!) {
        const list = alternatives.get(term) ?? [];
        list.push(...others);
        alternatives.set(term, list);
      }
    }
    return { added, alternatives };
  }
}

function occursIn(phrase: readonly string[], terms: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= terms.length; start++) {
    if (phrase.every((term, offset) => terms[start + offset] === term)) return true;
  }
  return false;
}

function dedupe(phrases: ReadonlyArray<readonly string[]>): Array<readonly string[]> {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The idf-weighted share of a question's terms that a passage covers; a term also counts as
 * covered when one of its alternatives is wholly present.
 */
export function termCoverage(
  present: { has(term: string): boolean },
  queryIdf: ReadonlyMap<string, number>,
  alternatives: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map(),
): number {
  let matched = 0;
  let total = 0;
  for (const [term, idf] of queryIdf) {
    total += idf;
    if (
      present.has(term) ||
      (alternatives.get(term) ?? []).some((phrase) => phrase.every((alt) => present.has(alt)))
    )
      matched += idf;
  }
  return total > 0 ? matched / total : 0;
}
