import { CrmError, ErrorCode } from '../../core/errors';
import { ACCOUNT_SIZES, REGIONS, type AccountSize, type Region } from '../../vocabulary';
import { headerKey } from './column-map';

/** Rejects the current row with a reason the import report shows as `row N: reason`. */
export function reject(reason: string): never {
  throw new CrmError(ErrorCode.InvalidInput, reason);
}

/** "1,234.50", "1.234,50", "$ 12,500", "12,5" → numbers; anything else rejects the row naming the field. */
export function parseNumber(text: string, field: string): number {
  let clean = text.replace(/[\s$€£¥\u00a0]/g, '').replace(/^\+/, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean)) clean = clean.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(clean)) clean = clean.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(clean)) clean = clean.replace(',', '.');
  const value = clean === '' ? NaN : Number(clean);
  if (!Number.isFinite(value)) reject(`${field}: '${text}' is not a number`);
  return value;
}

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? date
    : undefined;
};

/**
 * Dates as spreadsheets and CRMs write them: ISO (`2025-05-14`, `2025-05-14 08:26:00`, with or
 * without a zone; no zone means UTC), `14/05/2025` or `05/14/2025` (day first when the first number
 * is above 12, else month first as in the US), `14.05.2025` (day first), `May 14, 2025`.
 */
export function parseDate(text: string, field: string): Date {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text);
  if (iso) {
    const date = utc(+iso[1]!, +iso[2]!, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0));
    if (date) return date;
  }
  const slashed = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    text,
  );
  if (slashed) {
    const [a, sep, b, y] = [+slashed[1]!, slashed[2]!, +slashed[3]!, +slashed[4]!];
    const year = y < 100 ? 2000 + y : y;
    const dayFirst = sep === '.' || a > 12;
    const date = utc(
      year,
      dayFirst ? b : a,
      dayFirst ? a : b,
      +(slashed[5] ?? 0),
      +(slashed[6] ?? 0),
      +(slashed[7] ?? 0),
    );
    if (date) return date;
  }
  if (/[a-z]/i.test(text)) {
    const zoned = /(z|[+-]\d{2}:?\d{2}|utc|gmt)$/i.test(text);
    const parsed = new Date(zoned ? text : `${text} UTC`);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return reject(`${field}: '${text}' is not a date (use YYYY-MM-DD)`);
}

/** "https://www.Acme.com/about" → "acme.com". */
export function parseDomain(text: string, field = 'domain'): string {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#:].*$/, '');
  if (!/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host))
    reject(`${field}: '${text}' is not a web domain like example.com`);
  return host;
}

/** The domain of an email address. */
export function domainOfEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  return at > 0 ? email.slice(at + 1).toLowerCase() : undefined;
}

/** A value matched against a table of accepted spellings (compared like headers). */
export function parseChoice<T extends string>(
  text: string,
  field: string,
  table: Readonly<Record<string, T>>,
  allowed: readonly string[],
): T {
  const value = table[headerKey(text)];
  if (value === undefined) reject(`${field}: '${text}' is not one of ${allowed.join(', ')}`);
  return value;
}

const REGION_NAMES: Readonly<Record<string, Region>> = {
  na: 'NA',
  northamerica: 'NA',
  amer: 'NA',
  americas: 'NA',
  us: 'NA',
  usa: 'NA',
  emea: 'EMEA',
  europe: 'EMEA',
  eu: 'EMEA',
  uki: 'EMEA',
  middleeast: 'EMEA',
  africa: 'EMEA',
  apac: 'APAC',
  asia: 'APAC',
  asiapacific: 'APAC',
  anz: 'APAC',
  japan: 'APAC',
  latam: 'LATAM',
  latinamerica: 'LATAM',
  southamerica: 'LATAM',
  centralamerica: 'LATAM',
};

export function parseRegion(text: string): Region {
  return parseChoice(text, 'region', REGION_NAMES, REGIONS);
}

/** A head count ("1,200") or a size band ("201-1000", "5000+"). */
export function parseEmployees(text: string): { employees?: number; size?: AccountSize } {
  const band = text.replace(/\s/g, '').replace(/,/g, '');
  const size = ACCOUNT_SIZES.find((candidate) => candidate === band);
  if (size) return { size };
  const employees = parseNumber(text, 'employees');
  if (employees < 0 || !Number.isInteger(employees)) reject(`employees: '${text}' is not a whole number`);
  return { employees };
}

/** "$" → USD, "eur" → EUR; any other three letters are taken as an ISO 4217 code. */
export function parseCurrency(text: string): string {
  const symbols: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
  const code = symbols[text.trim()] ?? text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) reject(`currency: '${text}' is not a three-letter currency code such as USD`);
  return code;
}

/** yes/no, true/false, 1/0, y/n, x (ticked). */
export function parseBoolean(text: string, field: string): boolean {
  const key = headerKey(text);
  if (['yes', 'y', 'true', '1', 'x'].includes(key)) return true;
  if (['no', 'n', 'false', '0'].includes(key)) return false;
  return reject(`${field}: '${text}' is not yes or no`);
}
