/**
 * Time zones as people name them: an IANA name in any case ("europe/london"), a city of an IANA
 * name ("london", "new york", "sao paulo"), or a common abbreviation or region word ("utc",
 * "pacific time", "CET"). Each becomes the IANA name this runtime knows.
 */

/** Abbreviations and region words, each with the zone they most often mean. */
const COMMON_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:utc|gmt|zulu|coordinated universal)$/, 'UTC'],
  [/^(?:(?:us\s+)?eastern|e[sd]t|et)$/, 'America/New_York'],
  [/^(?:(?:us\s+)?central|c[sd]t|ct)$/, 'America/Chicago'],
  [/^(?:(?:us\s+)?mountain|m[sd]t|mt)$/, 'America/Denver'],
  [/^(?:(?:us\s+)?pacific|p[sd]t|pt)$/, 'America/Los_Angeles'],
  [/^(?:uk|british|bst|england|britain)$/, 'Europe/London'],
  [/^(?:cet|cest|central\s+european)$/, 'Europe/Berlin'],
  [/^(?:eet|eest|eastern\s+european)$/, 'Europe/Athens'],
  [/^(?:ist|india|indian)$/, 'Asia/Kolkata'],
  [/^(?:jst|japan)$/, 'Asia/Tokyo'],
  [/^(?:aest|aedt|sydney)$/, 'Australia/Sydney'],
  [/^(?:sgt|singapore)$/, 'Asia/Singapore'],
];

/**
 * The IANA name of `name` as this runtime lists it (`europe/paris` → `Europe/Paris`, `asia/kolkata`
 * → `Asia/Kolkata`), or undefined when it knows none. Links it does not list (`US/Eastern`) resolve
 * to what the runtime calls them.
 */
export function ianaTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  const listed = zonesByLowerCase().get(name.toLowerCase());
  if (listed) return listed;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

let citiesCache: Map<string, string> | undefined;
let zonesCache: Map<string, string> | undefined;

function zonesByLowerCase(): Map<string, string> {
  zonesCache ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
  return zonesCache;
}

/** "new york" → America/New_York: the last part of every IANA name, in words. */
function cities(): Map<string, string> {
  if (citiesCache) return citiesCache;
  citiesCache = new Map();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
    if (!citiesCache.has(city)) citiesCache.set(city, zone);
  }
  return citiesCache;
}

/**
 * The IANA time zone `words` name ("Europe/London", "london", "pacific time", "utc"), or undefined.
 * Accents are ignored ("são paulo"); "time", "timezone" and "zone" around the name are too.
 */
export function timeZoneNamed(words: string): string | undefined {
  const said = words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[?.!,]+$/g, '')
    .replace(/\b(?:the|time\s*zone|timezone|zone|time|standard|daylight|summer)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!said) return undefined;
  if (said.includes('/')) return ianaTimeZone(said.replace(/\s+/g, '_'));
  const common = COMMON_NAMES.find(([pattern]) => pattern.test(said));
  if (common) return common[1];
  return cities().get(said);
}
