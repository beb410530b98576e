import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the product reads, with the fix to print when its value is wrong.
 * `.env.example` documents the same list; a test keeps the two in step.
 */
// 0 asks the OS for a free port (tests, side-by-side benchmarks).
const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || protocols.some((p) => value.startsWith(p)), {
      message: `must start with ${protocols.join(' or ')}`,
    });
const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));
const rate = z.coerce.number().int().min(0).max(1_000_000);
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((value) => (value === undefined ? undefined : ['true', '1', 'yes'].includes(value)));

const envSchema = z.object({
  PORT: port.default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  MODELS_DIR: z.string().min(1).default('./models'),
  TRAINED_MODELS_DIR: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim())),
  KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
  MONGODB_URI: optionalUrl(['mongodb://', 'mongodb+srv://']),
  REDIS_URL: optionalUrl(['redis://', 'rediss://']),
  METRICS_ACCESS: z.enum(['local', 'public']).default('local'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  WORKER_METRICS_PORT: z.preprocess((value) => (value === '' ? undefined : value), port.optional()),
  WORKER_METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  SEED_ON_EMPTY: booleanFlag.transform((value) => value ?? true),
  LOCAL_USER: z.string().trim().min(1).default('demo'),
  CRM_VISIBILITY: z.enum(['team', 'all']).default('team'),
  DEFAULT_TIMEZONE: z
    .string()
    .default('UTC')
    .refine((zone) => isTimeZone(zone), { message: 'is not an IANA time zone' }),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  TURN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  TRANSCRIPT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
  MICROSOFT_APP_ID: optionalSecret,
  MICROSOFT_APP_PASSWORD: optionalSecret,
  MICROSOFT_APP_TENANT_ID: optionalSecret,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MICROSOFT_OPENID_METADATA_URL: optionalUrl(['http://', 'https://']),
  USER_TOKEN_SECRET: optionalSecret.refine((value) => value === undefined || value.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  RATE_LIMIT_ADDRESS_PER_MINUTE: rate.default(600),
  RATE_LIMIT_ADDRESS_BURST: rate.default(120),
  RATE_LIMIT_SENDER_PER_MINUTE: rate.default(60),
  RATE_LIMIT_SENDER_BURST: rate.default(20),
  SLACK_BOT_TOKEN: optionalSecret,
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: optionalSecret,
  SLACK_MODE: z.enum(['http', 'socket']).optional(),
  SLACK_API_URL: optionalUrl(['http://', 'https://']).transform((value) => value ?? 'https://slack.com/api/'),
  SUPPORT_SLACK_CHANNEL: optionalSecret,
  LEAD_QUEUE_SLACK_CHANNEL: optionalSecret,
  SUPPORT_HOURS: optionalSecret,
  WIDGET_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim().replace(/\/+$/, ''))
        .filter((origin) => origin !== ''),
    )
    .refine((origins) => origins.every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)), {
      message: 'every entry must be an origin such as https://www.example.com',
    }),
  WIDGET_SESSION_SECRET: optionalSecret.refine((value) => value === undefined || value.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  OPENAI_API_KEY: optionalSecret,
  OPENAI_BASE_URL: optionalUrl(['http://', 'https://']),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optionalSecret,
  LLM_VISITOR_CALLS_PER_CONVERSATION: z.coerce.number().int().min(0).max(10_000).default(20),
});

/** What to tell the operator for each variable when its value is rejected. */
const FIXES: Record<keyof z.input<typeof envSchema>, string> = {
  PORT: 'a TCP port between 1 and 65535 (0 = any free port), e.g. PORT=3978',
  HOST: 'an interface address to listen on, e.g. HOST=0.0.0.0',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  DATA_DIR: 'a directory for the embedded store, e.g. DATA_DIR=./data',
  MODELS_DIR: 'the directory holding trained models, e.g. MODELS_DIR=./models',
  TRAINED_MODELS_DIR:
    'the directory for models trained from this CRM, e.g. TRAINED_MODELS_DIR=./data/models, or unset it for DATA_DIR/models',
  KNOWLEDGE_DIR: 'the directory of knowledge documents, e.g. KNOWLEDGE_DIR=./knowledge',
  MONGODB_URI:
    'a MongoDB connection string such as mongodb://localhost:27017/crmpro, or unset it for the embedded store',
  REDIS_URL: 'a Redis URL such as redis://localhost:6379, or unset it to schedule jobs in-process',
  WORKER_CONCURRENCY: 'how many jobs (digests) one worker process runs at once, e.g. 4',
  WORKER_METRICS_PORT:
    "the port of a worker's own GET /metrics listener (0: any free port, logged), or unset it for none",
  WORKER_METRICS_HOST:
    "the address the worker's metrics listener binds, 127.0.0.1 (this machine only) by default",
  METRICS_ACCESS:
    "'local' (GET /metrics answers this machine only) or 'public' (any scraper that reaches the server)",
  SEED_ON_EMPTY: 'true or false',
  LOCAL_USER: "the email of the CRM user local channels act as, 'demo' for the demo rep, or 'none'",
  CRM_VISIBILITY:
    "'team' (sales records in full only to their owner's team) or 'all' (every CRM role sees every record)",
  DEFAULT_TIMEZONE: 'an IANA time zone such as Europe/Berlin or UTC',
  SHUTDOWN_TIMEOUT_MS: 'milliseconds to wait for in-flight turns on shutdown (0 to 600000)',
  TURN_TIMEOUT_MS:
    'milliseconds one message may take before the bot answers that it took too long (100 to 600000)',
  TRANSCRIPT_RETENTION_DAYS:
    'days conversation transcripts are kept after their last message (0 = forever), e.g. 365',
  MICROSOFT_APP_ID: 'the Azure Bot registration app id',
  MICROSOFT_APP_PASSWORD: 'the Azure Bot registration client secret',
  MICROSOFT_APP_TENANT_ID: 'the Azure AD tenant id (required for SingleTenant)',
  MICROSOFT_APP_TYPE: 'one of MultiTenant, SingleTenant, UserAssignedMSI',
  MICROSOFT_OPENID_METADATA_URL:
    "the Bot Connector's OpenID metadata URL (only for sovereign clouds), or unset it for Microsoft's public cloud",
  USER_TOKEN_SECRET: 'a random secret of at least 32 characters, e.g. the output of `openssl rand -hex 32`',
  RATE_LIMIT_ADDRESS_PER_MINUTE: 'requests a minute one client address may make (0 = no limit)',
  RATE_LIMIT_ADDRESS_BURST: 'requests one client address may make at once (0 = no limit)',
  RATE_LIMIT_SENDER_PER_MINUTE: 'messages a minute one verified sender may send (0 = no limit)',
  RATE_LIMIT_SENDER_BURST: 'messages one verified sender may send at once (0 = no limit)',
  SLACK_BOT_TOKEN: 'the Slack bot token (xoxb-...)',
  SLACK_SIGNING_SECRET: 'the Slack app signing secret',
  SLACK_APP_TOKEN: 'the Slack app-level token (xapp-...) for Socket Mode',
  SLACK_MODE:
    "'http' (Slack POSTs to /api/slack/events, checked with SLACK_SIGNING_SECRET) or 'socket' (Socket Mode with SLACK_APP_TOKEN); unset picks http when a signing secret is set",
  SLACK_API_URL: "the base URL of Slack's Web API, e.g. https://slack.com/api/ (a stand-in's in tests)",
  SUPPORT_SLACK_CHANNEL:
    'the Slack channel id (C...) where website visitors asking for a person are handed over, or unset it',
  LEAD_QUEUE_SLACK_CHANNEL:
    'the Slack channel id (C...) told of new website leads that have no owning rep (default: SUPPORT_SLACK_CHANNEL)',
  SUPPORT_HOURS:
    "when people answer hand-offs, in DEFAULT_TIMEZONE, e.g. 'Mon-Fri 09:00-17:00'; unset = always",
  WIDGET_ALLOWED_ORIGINS:
    'comma-separated origins of the websites that may embed the chat widget, e.g. https://www.example.com,https://shop.example.com',
  WIDGET_SESSION_SECRET:
    'a random secret of at least 32 characters that signs website visitor sessions; unset = one generated and kept in DATA_DIR',
  OPENAI_API_KEY: 'an OpenAI API key, or unset it to run without an LLM',
  OPENAI_BASE_URL: 'the base URL of an OpenAI-compatible server, e.g. http://localhost:8000/v1',
  OPENAI_MODEL: 'a chat model name, e.g. gpt-4o-mini',
  OPENAI_EMBEDDING_MODEL:
    'an embeddings model name, e.g. text-embedding-3-small, or unset it for the local embedding',
  LLM_VISITOR_CALLS_PER_CONVERSATION:
    'how many language-model calls one website visitor conversation may cause (0 to 10000), e.g. 20',
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The validated, frozen configuration every composition root passes down. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly dataDir: string;
  /** The shipped models (the repository's models/): read, never written at run time. */
  readonly modelsDir: string;
  /**
   * Models trained from this installation's CRM (churn, retrained lead scores): data of this
   * installation, kept beside its store (DATA_DIR/models unless TRAINED_MODELS_DIR says otherwise).
   */
  readonly trainedModelsDir: string;
  readonly knowledgeDir: string;
  readonly mongodbUri?: string;
  readonly redisUrl?: string;
  /** Who may read GET /metrics: 'local' (this machine, the default) or 'public'. */
  readonly metricsAccess: 'local' | 'public';
  /** Jobs one worker process runs at once. */
  readonly workerConcurrency: number;
  /** Port of a worker's GET /metrics listener (0: any free port); undefined: the worker serves no metrics. */
  readonly workerMetricsPort?: number;
  /** Address the worker's metrics listener binds (loopback by default). */
  readonly workerMetricsHost: string;
  readonly seedOnEmpty: boolean;
  /** 'demo', 'none' or an email: the CRM user that unauthenticated local channels act as. */
  readonly localUser: string;
  /** Who sees which CRM records: 'team' (their owner's team in full, others name and owner only) or 'all'. */
  readonly crmVisibility: 'team' | 'all';
  readonly defaultTimezone: string;
  readonly shutdownTimeoutMs: number;
  /** The longest one message turn may take before the person is told it took too long. */
  readonly turnTimeoutMs: number;
  /** Days a conversation's transcript is kept after its last message; 0 keeps them forever. */
  readonly transcriptRetentionDays: number;
  readonly microsoft: {
    readonly appId?: string;
    readonly appPassword?: string;
    readonly tenantId?: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    /** The Bot Connector's OpenID metadata URL; unset = Microsoft's public cloud. */
    readonly openIdMetadataUrl?: string;
  };
  /** Signs and checks CRMPro user tokens (`crmpro users token`); unset = none accepted or issued. */
  readonly userTokenSecret?: string;
  /** Token buckets of the HTTP server: per client address (every route) and per verified sender (messages). */
  readonly rateLimits: {
    readonly perAddress: { readonly perMinute: number; readonly burst: number };
    readonly perSender: { readonly perMinute: number; readonly burst: number };
  };
  readonly slack: {
    readonly botToken?: string;
    readonly signingSecret?: string;
    readonly appToken?: string;
    /** How Slack reaches us: HTTP events to /api/slack/events, or Socket Mode. Unset when Slack is off. */
    readonly mode?: 'http' | 'socket';
    /** The base URL of Slack's Web API (ends with a slash). */
    readonly apiUrl: string;
    /** Where website hand-offs open a thread; unset = the account owner's DM only. */
    readonly supportChannel?: string;
    /** Where new website leads without an owning rep are announced. */
    readonly leadQueueChannel?: string;
  };
  /** When people answer hand-offs ('Mon-Fri 09:00-17:00' in the default time zone); unset = always. */
  readonly supportHours?: string;
  readonly widget: {
    /** Origins of the sites that may embed the widget (its own demo page is always allowed). */
    readonly allowedOrigins: readonly string[];
    /** Signs visitor sessions; unset = generated once and kept in the data directory. */
    readonly sessionSecret?: string;
  };
  readonly llm?: {
    readonly apiKey?: string;
    readonly baseUrl?: string;
    readonly model: string;
    readonly embeddingModel?: string;
    /** Language-model calls one website visitor's conversation may cause; then a polite reply, no call. */
    readonly visitorCallsPerConversation: number;
  };
}

/** Raised when the environment is wrong; its message lists every bad variable and its fix. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates the environment once; throws ConfigError naming each wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '') as keyof typeof FIXES;
      const got = env[name];
      const shown =
        got === undefined ? '' : ` (got '${/SECRET|PASSWORD|KEY|TOKEN|URI/.test(name) ? '***' : got}')`;
      return `${name}${shown}: ${issue.message}. Set ${FIXES[name] ?? 'a valid value'}.`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_PASSWORD && e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    problems.push(
      'MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set. Set the Azure Bot client secret.',
    );
  }
  if (e.MICROSOFT_APP_TYPE === 'SingleTenant' && e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_TENANT_ID) {
    problems.push('MICROSOFT_APP_TENANT_ID: required for SingleTenant bots. Set the Azure AD tenant id.');
  }
  if (Boolean(e.SLACK_BOT_TOKEN) !== Boolean(e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    problems.push(
      'SLACK_BOT_TOKEN / SLACK_SIGNING_SECRET: Slack needs the bot token and a signing secret (HTTP) or app token (Socket Mode); set both or neither.',
    );
  }
  if (e.SLACK_MODE === 'http' && e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_SIGNING_SECRET: required when SLACK_MODE=http. Set the Slack app signing secret.');
  }
  if (e.SLACK_MODE === 'socket' && e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN) {
    problems.push('SLACK_APP_TOKEN: required when SLACK_MODE=socket. Set the app-level token (xapp-...).');
  }
  if (e.OPENAI_EMBEDDING_MODEL && !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    problems.push(
      'OPENAI_EMBEDDING_MODEL: remote embeddings need OPENAI_API_KEY or OPENAI_BASE_URL; set one, or unset OPENAI_EMBEDDING_MODEL for the local embedding.',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const llmConfigured = Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    modelsDir: path.resolve(cwd, e.MODELS_DIR),
    trainedModelsDir: path.resolve(cwd, e.TRAINED_MODELS_DIR ?? path.join(e.DATA_DIR, 'models')),
    knowledgeDir: path.resolve(cwd, e.KNOWLEDGE_DIR),
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    metricsAccess: e.METRICS_ACCESS,
    workerConcurrency: e.WORKER_CONCURRENCY,
    workerMetricsPort: e.WORKER_METRICS_PORT,
    workerMetricsHost: e.WORKER_METRICS_HOST,
    seedOnEmpty: e.SEED_ON_EMPTY,
    localUser: e.LOCAL_USER,
    crmVisibility: e.CRM_VISIBILITY,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    turnTimeoutMs: e.TURN_TIMEOUT_MS,
    transcriptRetentionDays: e.TRANSCRIPT_RETENTION_DAYS,
    microsoft: Object.freeze({
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      openIdMetadataUrl: e.MICROSOFT_OPENID_METADATA_URL,
    }),
    userTokenSecret: e.USER_TOKEN_SECRET,
    rateLimits: Object.freeze({
      perAddress: Object.freeze({
        perMinute: e.RATE_LIMIT_ADDRESS_PER_MINUTE,
        burst: e.RATE_LIMIT_ADDRESS_BURST,
      }),
      perSender: Object.freeze({
        perMinute: e.RATE_LIMIT_SENDER_PER_MINUTE,
        burst: e.RATE_LIMIT_SENDER_BURST,
      }),
    }),
    slack: Object.freeze({
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      mode: e.SLACK_BOT_TOKEN ? (e.SLACK_MODE ?? (e.SLACK_SIGNING_SECRET ? 'http' : 'socket')) : undefined,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
      supportChannel: e.SUPPORT_SLACK_CHANNEL,
      leadQueueChannel: e.LEAD_QUEUE_SLACK_CHANNEL ?? e.SUPPORT_SLACK_CHANNEL,
    }),
    supportHours: e.SUPPORT_HOURS,
    widget: Object.freeze({
      allowedOrigins: Object.freeze([...e.WIDGET_ALLOWED_ORIGINS]),
      sessionSecret: e.WIDGET_SESSION_SECRET,
    }),
    llm: llmConfigured
      ? Object.freeze({
          apiKey: e.OPENAI_API_KEY,
          baseUrl: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL,
          embeddingModel: e.OPENAI_EMBEDDING_MODEL,
          visitorCallsPerConversation: e.LLM_VISITOR_CALLS_PER_CONVERSATION,
        })
      : undefined,
  });
}

/** The names of every variable the configuration reads (for the .env.example check). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

/**
 * For composition roots: the configuration, or the list of wrong variables on stderr and exit 1
 * (no stack trace: the message says what to fix).
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/**
 * The secret values of a configuration (credentials, signing secrets, API keys, and passwords
 * inside the MongoDB and Redis URLs): the logger blanks each wherever it would appear in a line.
 */
export function configuredSecrets(config: Config): string[] {
  const urlPassword = (url: string | undefined) => {
    if (!url) return undefined;
    try {
      const password = new URL(url).password;
      return password ? decodeURIComponent(password) : undefined;
    } catch {
      return undefined;
    }
  };
  return [
    config.microsoft.appPassword,
    config.userTokenSecret,
    config.slack.botToken,
    config.slack.signingSecret,
    config.slack.appToken,
    config.widget.sessionSecret,
    config.llm?.apiKey,
    urlPassword(config.redisUrl),
    urlPassword(config.mongodbUri),
  ].filter((secret): secret is string => Boolean(secret));
}
