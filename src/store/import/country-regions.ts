import type { Region } from '../../vocabulary';
import { headerKey } from './column-map';

/** ISO 3166 alpha-2 code | English name | other names | sales region. */
const COUNTRIES = `
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

const BY_KEY = new Map<string, { name: string; region: Region }>();
for (const line of COUNTRIES.trim().split('\n')) {
  const [code, name, others, region] = line.split('|').map((cell) => cell.trim());
  const entry = { name: name!, region: region as Region };
  for (const alias of [code!, name!, ...others!.split(',')].map((text) => text.trim()).filter(Boolean)) {
    if (!BY_KEY.has(headerKey(alias))) BY_KEY.set(headerKey(alias), entry);
  }
}

/** The country's English name and sales region, from its name, a common alias or its ISO code. */
export function countryNamed(text: string): { name: string; region: Region } | undefined {
  return BY_KEY.get(headerKey(text));
}
