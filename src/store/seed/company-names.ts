import { nameKeyOf } from '../../vocabulary';
import { BRAND_PREFIXES, BRAND_ROOTS, COMPANY_SURNAMES, PLACE_NAMES } from './demo-names';
import type { DemoCountry } from './geography';
import type { DemoIndustry } from './industries';
import type { Random } from './random';

/** Legal-form suffixes by country, used on some names ("Summit Logistics GmbH"). */
const LEGAL_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['Inc.', 'LLC', 'Corp.'],
  Canada: ['Inc.', 'Ltd.'],
  'United Kingdom': ['Ltd', 'plc'],
  Germany: ['GmbH', 'AG'],
  France: ['SA', 'SAS'],
  Netherlands: ['B.V.'],
  Spain: ['S.L.', 'S.A.'],
  Ireland: ['Ltd'],
  Sweden: ['AB'],
  'United Arab Emirates': ['LLC', 'FZE'],
  'South Africa': ['(Pty) Ltd'],
  Australia: ['Pty Ltd'],
  Japan: ['K.K.'],
  Singapore: ['Pte Ltd'],
  India: ['Pvt Ltd'],
  'New Zealand': ['Ltd'],
  Brazil: ['Ltda'],
  Mexico: ['S.A. de C.V.'],
  Colombia: ['S.A.S.'],
  Chile: ['SpA'],
  Argentina: ['S.A.'],
};

/** A generated company name and the stems its web domain may be made from, best first. */
export interface CompanyName {
  name: string;
  domainStems: string[];
}

const stem = (text: string) => nameKeyOf(text).replace(/ /g, '');

/** A plausible company name for the industry and country. */
export function companyNameFor(random: Random, industry: DemoIndustry, country: DemoCountry): CompanyName {
  const noun = random.pick(industry.nouns);
  const prefix = random.pick(BRAND_PREFIXES);
  const brand = prefix + random.pick(BRAND_ROOTS);
  const surname = random.pick(COMPANY_SURNAMES);
  const place = random.pick(PLACE_NAMES);

  let base: CompanyName;
  if (industry.name === 'Government' || (industry.name === 'Education' && random.chance(0.6))) {
    base = {
      name: `${place} ${noun}`,
      domainStems: [stem(`${place} ${noun}`), `${stem(place)}${stem(noun).slice(0, 4)}`],
    };
  } else {
    const partnership =
      industry.name === 'Professional Services' || industry.name === 'Financial Services' ? 0.2 : 0.04;
    const pattern = random.weighted<string>([
      ['brand-noun', 0.34],
      ['prefix-noun', 0.24],
      ['surname-noun', 0.2],
      ['partnership', partnership],
      ['brand', 0.12],
    ]);
    const other = random.pick(COMPANY_SURNAMES.filter((candidate) => candidate !== surname));
    base = {
      'brand-noun': { name: `${brand} ${noun}`, domainStems: [stem(brand), stem(`${brand} ${noun}`)] },
      'prefix-noun': {
        name: `${prefix} ${noun}`,
        domainStems: [stem(`${prefix} ${noun}`), `${stem(prefix)}${stem(noun).slice(0, 3)}`],
      },
      'surname-noun': {
        name: `${surname} ${noun}`,
        domainStems: [stem(`${surname} ${noun}`), `${stem(surname)}group`],
      },
      partnership: {
        name: `${surname} & ${other}`,
        domainStems: [stem(`${surname} ${other}`), `${stem(surname)}and${stem(other)}`],
      },
      brand: { name: brand, domainStems: [stem(brand), `${stem(brand)}hq`, `get${stem(brand)}`] },
    }[pattern]!;
  }
  if (industry.name !== 'Government' && random.chance(0.22)) {
    base = { ...base, name: `${base.name} ${random.pick(LEGAL_SUFFIXES[country.name] ?? ['Inc.'])}` };
  }
  return base;
}

/** The web domains to try for a company, best first: the country's domain, then .com, then variants. */
export function domainCandidates(
  random: Random,
  company: CompanyName,
  country: DemoCountry,
  government: boolean,
): string[] {
  const tlds = government
    ? [country.name === 'United States' ? 'gov' : `gov.${country.tld.replace(/^(co|com)\./, '')}`]
    : country.tld === 'com' || random.chance(0.45)
      ? ['com', country.tld]
      : [country.tld, 'com'];
  const candidates: string[] = [];
  for (const stemText of company.domainStems) for (const tld of tlds) candidates.push(`${stemText}.${tld}`);
  const first = company.domainStems[0]!;
  for (const suffix of ['group', 'global', 'corp', 'hq']) candidates.push(`${first}${suffix}.${tlds[0]}`);
  return candidates;
}
