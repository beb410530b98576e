import type { Region } from './common';

/** ISO 3166 alpha-2 code | English name | other names | sales region. */
export const COUNTRY_TABLE = `
  US | United States | USA, United States of America, America, U.S. | NA
  CA | Canada | | NA
  GB | United Kingdom | UK, Great Britain, England, Scotland, Wales, Northern Ireland | EMEA
  IE | Ireland | EIRE, Republic of Ireland | EMEA
  JE | Channel Islands | Jersey, Guernsey | EMEA
  DE | Germany | Deutschland | EMEA
  FR | France | | EMEA
  NL | Netherlands | Holland, The Netherlands | EMEA
  BE | Belgium | | EMEA
  LU | Luxembourg | | EMEA
  ES | Spain | Espana | EMEA
  PT | Portugal | | EMEA
  IT | Italy | Italia | EMEA
  CH | Switzerland | | EMEA
  AT | Austria | | EMEA
  SE | Sweden | | EMEA
  NO | Norway | | EMEA
  DK | Denmark | | EMEA
  FI | Finland | | EMEA
  IS | Iceland | | EMEA
  PL | Poland | | EMEA
  CZ | Czech Republic | Czechia | EMEA
  GR | Greece | | EMEA
  CY | Cyprus | | EMEA
  MT | Malta | | EMEA
  LT | Lithuania | | EMEA
  HU | Hungary | | EMEA
  RO | Romania | | EMEA
  IL | Israel | | EMEA
  AE | United Arab Emirates | UAE | EMEA
  SA | Saudi Arabia | | EMEA
  BH | Bahrain | | EMEA
  LB | Lebanon | | EMEA
  ZA | South Africa | RSA | EMEA
  NG | Nigeria | | EMEA
  KE | Kenya | | EMEA
  EG | Egypt | | EMEA
  AU | Australia | | APAC
  NZ | New Zealand | | APAC
  JP | Japan | | APAC
  SG | Singapore | | APAC
  IN | India | | APAC
  CN | China | | APAC
  HK | Hong Kong | | APAC
  KR | South Korea | Korea, Republic of Korea | APAC
  TW | Taiwan | | APAC
  MY | Malaysia | | APAC
  ID | Indonesia | | APAC
  TH | Thailand | | APAC
  PH | Philippines | | APAC
  VN | Vietnam | Viet Nam | APAC
  BR | Brazil | Brasil | LATAM
  MX | Mexico | | LATAM
  CO | Colombia | | LATAM
  CL | Chile | | LATAM
  AR | Argentina | | LATAM
  PE | Peru | | LATAM
  UY | Uruguay | | LATAM
  EC | Ecuador | | LATAM
  CR | Costa Rica | | LATAM
  PA | Panama | | LATAM
`;

/** A country as the CRM spells it: its English name, other names people use and its sales region. */
export interface Country {
  code: string;
  name: string;
  others: readonly string[];
  region: Region;
}

/** Every country of the table, from the ISO code, English name, other names and region columns. */
export const COUNTRIES: readonly Country[] = COUNTRY_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, name, others, region] = line.split('|').map((cell) => cell.trim());
    return {
      code: code!,
      name: name!,
      others: others!
        .split(',')
        .map((text) => text.trim())
        .filter(Boolean),
      region: region as Region,
    };
  });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Country names and other names as free text says them, longest first ("united states of america"
 * before "america"). ISO codes are left out: in a sentence "in", "it", "us" and "no" are words.
 */
const SAID: ReadonlyArray<[RegExp, Country]> = COUNTRIES.flatMap((country) =>
  [country.name, ...country.others].map((said) => [said, country] as const),
)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([said, country]) => [
    new RegExp(`(?<![\\w.])(?<!\\b(?:north|south|latin|central|new)\\s)${escaped(said)}(?![\\w])`, 'i'),
    country,
  ]);

/** The first country a message names ("healthcare customers in the uk" → United Kingdom), by its name or another name. */
export function countryNamedIn(text: string): Country | undefined {
  return SAID.find(([pattern]) => pattern.test(text))?.[1];
}

/** A country's name as a sentence says it: "the United Kingdom", "the Netherlands", "Japan". */
export function countryWithArticle(name: string): string {
  return /^(?:United |Czech Republic$|Netherlands$|Philippines$)/.test(name) ? `the ${name}` : name;
}
