/**
 * Copies plain objects and arrays recursively, Dates as new Dates, anything else (RegExps, class
 * instances) by reference. Unlike `structuredClone`, the copies are made with this realm's
 * constructors, so libraries that recognise plain objects by prototype (mingo, mongoose) still
 * do when the code runs inside a VM context such as jest's.
 */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => deepClone(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = deepClone(item);
    return copy as T;
  }
  return value;
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype || prototype?.constructor?.name === 'Object';
}
