import { COUNTRIES, type Region } from '../../vocabulary';
import { headerKey } from './column-map';

const BY_KEY = new Map<string, { name: string; region: Region }>();
for (const { code, name, others, region } of COUNTRIES) {
  const entry = { name, region };
  for (const alias of [code, name, ...others]) {
    if (!BY_KEY.has(headerKey(alias))) BY_KEY.set(headerKey(alias), entry);
  }
}

/** The country's English name and sales region, from its name, a common alias or its ISO code. */
export function countryNamed(text: string): { name: string; region: Region } | undefined {
  return BY_KEY.get(headerKey(text));
}
