import { nameKeyOf, sizeBandOf, type Account, type Region, type User } from '../../vocabulary';
import { addDays } from './calendar';
import { companyNameFor, domainCandidates } from './company-names';
import type { SalesRep, SeedDocument, SeedWindow } from './demo-crm';
import { DEMO_COUNTRIES, REGION_WEIGHTS, demoCountryNamed, type DemoCountry } from './geography';
import { DEMO_INDUSTRIES, demoIndustryNamed } from './industries';
import type { Random } from './random';

/** The well-known demo accounts every demo script uses ("tell me about Acme", "Jane at Initech"). */
export const DEMO_ACCOUNT_NAMES = [
  'Acme Corporation',
  'Globex',
  'Initech',
  'Umbrella Corporation',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Soylent',
] as const;

/** Accounts named like well-known ones on purpose, so the bot's disambiguation can be shown ("Acme" → two matches). */
export const SIMILAR_DEMO_ACCOUNT_NAMES = ['Acme Logistics', 'Globex Financial'] as const;

interface FixedAccount {
  name: string;
  domain: string;
  industry: string;
  employees: number;
  country: string;
  /** Name of the owning rep. */
  owner: string;
}

const FIXED_ACCOUNTS: readonly FixedAccount[] = [
  {
    name: 'Acme Corporation',
    domain: 'acme.com',
    industry: 'Manufacturing',
    employees: 12_000,
    country: 'United States',
    owner: 'Sam Rivera',
  },
  {
    name: 'Globex',
    domain: 'globex.com',
    industry: 'Telecommunications',
    employees: 4_200,
    country: 'United States',
    owner: 'Sam Rivera',
  },
  {
    name: 'Initech',
    domain: 'initech.com',
    industry: 'Software',
    employees: 650,
    country: 'United States',
    owner: 'Sam Rivera',
  },
  {
    name: 'Umbrella Corporation',
    domain: 'umbrellacorp.co.uk',
    industry: 'Healthcare',
    employees: 25_000,
    country: 'United Kingdom',
    owner: 'James Whitfield',
  },
  {
    name: 'Hooli',
    domain: 'hooli.com',
    industry: 'Software',
    employees: 30_000,
    country: 'United States',
    owner: 'Olivia Chen',
  },
  {
    name: 'Stark Industries',
    domain: 'starkindustries.com',
    industry: 'Manufacturing',
    employees: 48_000,
    country: 'United States',
    owner: 'Marcus Johnson',
  },
  {
    name: 'Wayne Enterprises',
    domain: 'wayneenterprises.com',
    industry: 'Financial Services',
    employees: 40_000,
    country: 'United States',
    owner: 'Sam Rivera',
  },
  {
    name: 'Soylent',
    domain: 'soylent.com.br',
    industry: 'Retail',
    employees: 1_800,
    country: 'Brazil',
    owner: 'Diego Fernandes',
  },
  {
    name: 'Acme Logistics',
    domain: 'acmelogistics.com',
    industry: 'Logistics',
    employees: 850,
    country: 'Canada',
    owner: 'Marcus Johnson',
  },
  {
    name: 'Globex Financial',
    domain: 'globexfinancial.co.uk',
    industry: 'Financial Services',
    employees: 300,
    country: 'United Kingdom',
    owner: 'Lena Fischer',
  },
];

/** True for the accounts every demo relies on (they get richer histories and open deals). */
export function isWellKnownAccount(name: string): boolean {
  return (FIXED_ACCOUNTS as readonly FixedAccount[]).some((account) => account.name === name);
}

/** A plausible head count: most companies are small, a few are very large. */
function employeeCount(random: Random): number {
  const raw = Math.min(250_000, Math.max(2, random.logNormal(160, 1.7)));
  if (raw < 50) return Math.round(raw);
  if (raw < 1000) return Math.round(raw / 10) * 10;
  return Math.round(raw / 50) * 50;
}

function annualRevenue(random: Random, employees: number, industry: string): number {
  return (
    Math.round(
      (employees * demoIndustryNamed(industry).revenuePerEmployee * random.logNormal(1, 0.3)) / 1000,
    ) * 1000
  );
}

function accountFrom(
  random: Random,
  window: SeedWindow,
  fields: {
    name: string;
    domain: string;
    industry: string;
    employees: number;
    country: DemoCountry;
    ownerId: string;
  },
): SeedDocument<Account> {
  const createdAt = addDays(window.start, random.uniform(-720, 900));
  return {
    _id: random.idAt(createdAt),
    name: fields.name,
    nameKey: nameKeyOf(fields.name),
    domain: fields.domain,
    industry: fields.industry,
    employees: fields.employees,
    size: sizeBandOf(fields.employees),
    region: fields.country.region,
    country: fields.country.name,
    ownerId: fields.ownerId,
    status: 'prospect',
    annualRevenue: annualRevenue(random, fields.employees, fields.industry),
    createdAt,
  };
}

/**
 * `count` accounts with unique names and domains: the well-known demo accounts first, then generated
 * companies spread over regions, countries and industries, each owned by a rep of the region's team.
 * Status starts as prospect; the generator sets it from deals and orders later.
 */
export function generateAccounts(
  random: Random,
  window: SeedWindow,
  users: readonly SeedDocument<User>[],
  reps: readonly SalesRep[],
  count: number,
): SeedDocument<Account>[] {
  const accounts: SeedDocument<Account>[] = [];
  const names = new Set<string>();
  const domains = new Set<string>();
  const repsByRegion = new Map<Region, SalesRep[]>();
  for (const rep of reps) repsByRegion.set(rep.region, [...(repsByRegion.get(rep.region) ?? []), rep]);

  for (const fixed of FIXED_ACCOUNTS) {
    const owner = users.find((user) => user.name === fixed.owner);
    if (!owner) throw new Error(`demo owner ${fixed.owner} is missing`);
    accounts.push(
      accountFrom(random, window, {
        ...fixed,
        country: demoCountryNamed(fixed.country)!,
        ownerId: owner._id,
      }),
    );
    names.add(nameKeyOf(fixed.name));
    domains.add(fixed.domain);
  }
  // Keep generated names clear of the well-known ones (no third "Acme").
  const reserved = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'soylent'];

  const industryWeights = DEMO_INDUSTRIES.map((industry) => [industry, industry.weight] as const);
  while (accounts.length < count) {
    const region = random.weighted(REGION_WEIGHTS);
    const country = random.weighted(
      DEMO_COUNTRIES.filter((c) => c.region === region).map((c) => [c, c.weight] as const),
    );
    const industry = random.weighted(industryWeights);
    const company = companyNameFor(random, industry, country);
    const key = nameKeyOf(company.name);
    if (names.has(key) || reserved.some((word) => key.split(' ').includes(word))) continue;
    const domain = domainCandidates(random, company, country, industry.name === 'Government').find(
      (d) => !domains.has(d),
    );
    if (!domain) continue;
    names.add(key);
    domains.add(domain);
    const owner = random.pick(repsByRegion.get(region)!);
    accounts.push(
      accountFrom(random, window, {
        name: company.name,
        domain,
        industry: industry.name,
        employees: employeeCount(random),
        country,
        ownerId: owner._id,
      }),
    );
  }
  return accounts;
}
