import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths pino must never print in clear: credentials anywhere in a logged object, and personal data
 * (emails, phone numbers, message text) of CRM records and chat activities.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.secret',
  '*.signingSecret',
  '*.appPassword',
  '*.apiKey',
  '*.authorization',
  '*.Authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'text',
  '*.text',
  'activity.text',
  'activity.from.name',
  'uri',
  '*.uri',
];

/** Creates the process logger: JSON lines on stdout, secrets and personal data censored. */
export function createLogger(options: {
  level: string;
  name?: string;
  destination?: pino.DestinationStream;
}): Logger {
  return pino(
    {
      name: options.name ?? 'crmpro',
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
