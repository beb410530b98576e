import { CrmError, ErrorCode } from '../core/errors';

/**
 * Converts a mongoose validation or cast error into INVALID_INPUT with one line per bad field,
 * so both engines report invalid documents the same way.
 */
export function invalidDocumentError(collection: string, error: unknown): CrmError | undefined {
  const e = error as {
    name?: string;
    errors?: Record<string, { path: string; message: string; kind?: string }>;
    path?: string;
    value?: unknown;
  };
  if (e?.name === 'ValidationError' && e.errors) {
    // The key is the full path ("stageHistory.0.stage"); an issue's own path is relative to its sub-document.
    const issues = Object.entries(e.errors).map(([path, issue]) => `${path}: ${friendlyMessage(issue)}`);
    return new CrmError(
      ErrorCode.InvalidInput,
      `Invalid ${singular(collection)}: ${issues.join('; ')}`,
      { issues },
      { cause: error },
    );
  }
  if (e?.name === 'CastError') {
    const issue = `${e.path}: cannot use ${JSON.stringify(e.value)} here`;
    return new CrmError(
      ErrorCode.InvalidInput,
      `Invalid ${singular(collection)} query: ${issue}`,
      { issues: [issue] },
      { cause: error },
    );
  }
  // mongoose's query caster refuses an operator the field's type has no use for ("Can't use $foo with Number.").
  const operator = /^Can't use (\$\w+) with (\w+)/.exec((error as Error)?.message ?? '');
  if (operator) {
    const issue = `${operator[1]} cannot be used on a ${operator[2]!.toLowerCase()} field`;
    return new CrmError(
      ErrorCode.InvalidInput,
      `Invalid ${singular(collection)} query: ${issue}`,
      { issues: [issue] },
      { cause: error },
    );
  }
  return undefined;
}

function friendlyMessage(issue: { path: string; message: string; kind?: string }): string {
  switch (issue.kind) {
    case 'required':
      return 'is required';
    case 'enum':
      return issue.message.replace(/ for path `[^`]+`\.?$/, '');
    case 'Number':
    case 'number':
      return 'must be a number';
    case 'date':
    case 'Date':
      return 'must be a date';
    default:
      return issue.message
        .replace(/^Path `[^`]+` /, '')
        .replace(/^Validator failed for path `[^`]+` with value .*$/, 'is not valid');
  }
}

/** "accounts" → "account", for messages. */
export function singular(collection: string): string {
  if (collection === 'botState') return 'bot state record';
  if (collection === 'meta') return 'store setting';
  return collection.endsWith('s') ? collection.slice(0, -1) : collection;
}

/** The CONFLICT error for a duplicate value of a unique key. */
export function duplicateKeyError(collection: string, fields: string[], cause: unknown): CrmError {
  const what = fields.length ? fields.join(' + ') : 'id';
  return new CrmError(
    ErrorCode.Conflict,
    `A ${singular(collection)} with this ${what} already exists.`,
    { collection, fields },
    { cause },
  );
}

/** MongoDB's update operators: an update document may use only these. */
const UPDATE_OPERATORS = new Set([
  '$currentDate',
  '$inc',
  '$min',
  '$max',
  '$mul',
  '$rename',
  '$set',
  '$setOnInsert',
  '$unset',
  '$addToSet',
  '$pop',
  '$pull',
  '$push',
  '$pullAll',
  '$bit',
]);

/**
 * INVALID_INPUT for an update that is not made of update operators (a replacement document, which
 * mongoose would silently turn into `$set`, or an unknown `$operator`); undefined when it is fine.
 * Both engines check this first, so they refuse the same updates.
 */
export function invalidUpdateError(collection: string, update: unknown): CrmError | undefined {
  if (Array.isArray(update)) {
    return update.length > 0
      ? undefined
      : new CrmError(ErrorCode.InvalidInput, `Update of ${collection} has an empty pipeline.`);
  }
  const keys = update !== null && typeof update === 'object' ? Object.keys(update) : [];
  if (keys.length === 0 || !keys.every((key) => key.startsWith('$'))) {
    return new CrmError(
      ErrorCode.InvalidInput,
      `Update of ${collection} needs update operators such as $set; replacing a whole document is not supported.`,
    );
  }
  const unknown = keys.filter((key) => !UPDATE_OPERATORS.has(key));
  if (unknown.length > 0)
    return new CrmError(
      ErrorCode.InvalidInput,
      `Update of ${collection} uses unknown operators: ${unknown.join(', ')}.`,
    );
  return undefined;
}
