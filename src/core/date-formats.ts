const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One shared `Intl.DateTimeFormat` per locale and options. Building one costs tens of
 * microseconds (it loads the time zone's rules); a reply formats dozens of dates, so every caller
 * reuses the same instance. Formats are immutable, so sharing them is safe.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
