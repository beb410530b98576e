import type { Region } from '../../vocabulary';

/** A country the demo company sells into, with what its records look like there. */
export interface DemoCountry {
  name: string;
  region: Region;
  /** Share of the region's accounts. */
  weight: number;
  /** Deal and order currency used by most accounts there. */
  currency: string;
  /** Share of accounts there that buy in `currency` (the rest buy in USD). */
  localCurrencyShare: number;
  dialCode: string;
  /** Top-level domain of local companies (the rest use .com). */
  tld: string;
}

/** Countries by region: name | region | weight in region | currency | local-currency share | dial code | tld. */
const COUNTRY_TABLE = `
  United States | NA | 0.85 | USD | 1 | 1 | com
  Canada | NA | 0.15 | USD | 1 | 1 | ca
  United Kingdom | EMEA | 0.3 | GBP | 0.7 | 44 | co.uk
  Germany | EMEA | 0.2 | EUR | 0.8 | 49 | de
  France | EMEA | 0.14 | EUR | 0.8 | 33 | fr
  Netherlands | EMEA | 0.1 | EUR | 0.6 | 31 | nl
  Spain | EMEA | 0.07 | EUR | 0.8 | 34 | es
  Ireland | EMEA | 0.06 | EUR | 0.6 | 353 | ie
  Sweden | EMEA | 0.06 | EUR | 0.3 | 46 | se
  United Arab Emirates | EMEA | 0.04 | USD | 1 | 971 | ae
  South Africa | EMEA | 0.03 | USD | 1 | 27 | co.za
  Australia | APAC | 0.3 | USD | 1 | 61 | com.au
  Japan | APAC | 0.2 | USD | 1 | 81 | co.jp
  Singapore | APAC | 0.2 | USD | 1 | 65 | com.sg
  India | APAC | 0.2 | USD | 1 | 91 | in
  New Zealand | APAC | 0.1 | USD | 1 | 64 | co.nz
  Brazil | LATAM | 0.4 | USD | 1 | 55 | com.br
  Mexico | LATAM | 0.3 | USD | 1 | 52 | com.mx
  Colombia | LATAM | 0.15 | USD | 1 | 57 | com.co
  Chile | LATAM | 0.1 | USD | 1 | 56 | cl
  Argentina | LATAM | 0.05 | USD | 1 | 54 | com.ar
`;

/** Countries by region, with their weights within the region. */
export const DEMO_COUNTRIES: readonly DemoCountry[] = COUNTRY_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, region, weight, currency, localCurrencyShare, dialCode, tld] = line
      .split('|')
      .map((cell) => cell.trim());
    return {
      name: name!,
      region: region as Region,
      weight: Number(weight),
      currency: currency!,
      localCurrencyShare: Number(localCurrencyShare),
      dialCode: dialCode!,
      tld: tld!,
    };
  });

/** Share of accounts in each region. */
export const REGION_WEIGHTS: readonly (readonly [Region, number])[] = [
  ['NA', 0.38],
  ['EMEA', 0.3],
  ['APAC', 0.18],
  ['LATAM', 0.14],
];

/** The hour (UTC) the region's business day starts, for interaction timestamps. */
export const REGION_DAY_START_UTC: Readonly<Record<Region, number>> = { NA: 14, EMEA: 8, APAC: 0, LATAM: 12 };

/** The country record of a country name, if it is one of ours. */
export function demoCountryNamed(name: string): DemoCountry | undefined {
  return DEMO_COUNTRIES.find((country) => country.name === name);
}
