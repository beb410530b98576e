/** An industry of the demo accounts: how common it is and what its companies look like. */
export interface DemoIndustry {
  name: string;
  /** Share of accounts. */
  weight: number;
  /** Words that end company names in this industry ("Summit Logistics"). */
  nouns: readonly string[];
  /** Annual revenue per employee, in USD. */
  revenuePerEmployee: number;
  /** Multiplier on deal amounts (budgets differ by industry). */
  dealAmountFactor: number;
}

/** The industries of the demo accounts. Their win-rate effects are in `win-model.ts`. */
export const DEMO_INDUSTRIES: readonly DemoIndustry[] = [
  {
    name: 'Software',
    weight: 0.13,
    nouns: ['Software', 'Systems', 'Labs', 'Technologies', 'Digital', 'Cloud', 'Data'],
    revenuePerEmployee: 260_000,
    dealAmountFactor: 1.1,
  },
  {
    name: 'Financial Services',
    weight: 0.1,
    nouns: ['Capital', 'Financial', 'Bank', 'Insurance', 'Advisors', 'Investments'],
    revenuePerEmployee: 400_000,
    dealAmountFactor: 1.3,
  },
  {
    name: 'Healthcare',
    weight: 0.1,
    nouns: ['Health', 'Medical', 'Clinics', 'Pharma', 'Biosciences', 'Care'],
    revenuePerEmployee: 180_000,
    dealAmountFactor: 1.2,
  },
  {
    name: 'Manufacturing',
    weight: 0.12,
    nouns: ['Manufacturing', 'Industries', 'Components', 'Machinery', 'Fabrication', 'Metals', 'Plastics'],
    revenuePerEmployee: 220_000,
    dealAmountFactor: 1,
  },
  {
    name: 'Retail',
    weight: 0.11,
    nouns: ['Retail', 'Stores', 'Market', 'Outfitters', 'Goods', 'Home'],
    revenuePerEmployee: 150_000,
    dealAmountFactor: 0.8,
  },
  {
    name: 'Logistics',
    weight: 0.08,
    nouns: ['Logistics', 'Freight', 'Shipping', 'Transport', 'Distribution'],
    revenuePerEmployee: 170_000,
    dealAmountFactor: 0.9,
  },
  {
    name: 'Professional Services',
    weight: 0.09,
    nouns: ['Consulting', 'Advisory', 'Partners', 'Associates', 'Group'],
    revenuePerEmployee: 200_000,
    dealAmountFactor: 0.9,
  },
  {
    name: 'Telecommunications',
    weight: 0.05,
    nouns: ['Telecom', 'Networks', 'Communications', 'Wireless'],
    revenuePerEmployee: 350_000,
    dealAmountFactor: 1.2,
  },
  {
    name: 'Energy',
    weight: 0.05,
    nouns: ['Energy', 'Power', 'Solar', 'Utilities', 'Renewables'],
    revenuePerEmployee: 450_000,
    dealAmountFactor: 1.25,
  },
  {
    name: 'Education',
    weight: 0.06,
    nouns: ['Academy', 'Learning', 'College', 'Institute'],
    revenuePerEmployee: 90_000,
    dealAmountFactor: 0.7,
  },
  {
    name: 'Government',
    weight: 0.04,
    nouns: ['County', 'City Council', 'Transit Authority', 'Water District'],
    revenuePerEmployee: 110_000,
    dealAmountFactor: 1.4,
  },
  {
    name: 'Media',
    weight: 0.07,
    nouns: ['Media', 'Studios', 'Publishing', 'Broadcasting'],
    revenuePerEmployee: 210_000,
    dealAmountFactor: 0.85,
  },
];

/** The industry record of a name. */
export function demoIndustryNamed(name: string): DemoIndustry {
  const industry = DEMO_INDUSTRIES.find((candidate) => candidate.name === name);
  if (!industry) throw new Error(`unknown demo industry ${name}`);
  return industry;
}
