import type { Deal } from '../../vocabulary';

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };
/** Round edges people use for deal sizes: 1, 2.5 and 5 times a power of ten. */
const NICE_STEPS = [1, 2.5, 5, 10];

/** Deals grouped by size: the band each deal falls in, and the bands from the smallest up. */
export interface DealSizeBands {
  bandOf: (deal: Deal) => string;
  order: string[];
}

/**
 * Deal size bands drawn from the deals themselves, so they suit any CRM's sizes: in each currency
 * (amounts in different currencies are never set against each other), the quartiles of its deals'
 * amounts rounded to a round figure ("$10k", "$25k", "$50k") are the edges. "under $10k", "$10k–25k", "$25k
 * and over". The currency with the most deals comes first.
 */
export function dealSizeBands(deals: readonly Deal[]): DealSizeBands {
  const amounts = new Map<string, number[]>();
  for (const deal of deals) {
    const held = amounts.get(deal.currency);
    if (held) held.push(deal.amount);
    else amounts.set(deal.currency, [deal.amount]);
  }
  const edges = new Map<string, number[]>();
  const order: string[] = [];
  const currencies = [...amounts].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [currency, values] of currencies) {
    const cut = quartileEdges(values);
    edges.set(currency, cut);
    for (let band = 0; band <= cut.length; band++) order.push(bandName(currency, cut, band));
  }
  return {
    bandOf: (deal) => {
      const cut = edges.get(deal.currency)!;
      const band = cut.findIndex((edge) => deal.amount < edge);
      return bandName(deal.currency, cut, band < 0 ? cut.length : band);
    },
    order,
  };
}

/** The quartiles of the amounts rounded to round figures, each once, above the smallest amount. */
function quartileEdges(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const edges: number[] = [];
  for (const share of [0.25, 0.5, 0.75]) {
    const edge = roundFigure(sorted[Math.floor(share * (sorted.length - 1))]!);
    if (edge > sorted[0]! && edge <= sorted.at(-1)! && !edges.includes(edge)) edges.push(edge);
  }
  return edges.sort((a, b) => a - b);
}

/** The round figure nearest to an amount on a log scale: 1, 2.5 or 5 times a power of ten. */
function roundFigure(amount: number): number {
  if (amount <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(amount));
  const distance = (step: number) => Math.abs(Math.log(step * power) - Math.log(amount));
  const step = NICE_STEPS.reduce((best, s) => (distance(s) < distance(best) ? s : best));
  return step * power;
}

function bandName(currency: string, edges: readonly number[], band: number): string {
  const money = (amount: number) =>
    SYMBOLS[currency] ? `${SYMBOLS[currency]}${compact(amount)}` : `${compact(amount)} ${currency}`;
  if (edges.length === 0) return `all ${currency} deals`;
  if (band === 0) return `under ${money(edges[0]!)}`;
  if (band === edges.length) return `${money(edges.at(-1)!)} and over`;
  const high = compact(edges[band]!);
  return SYMBOLS[currency]
    ? `${money(edges[band - 1]!)}–${high}`
    : `${compact(edges[band - 1]!)}–${high} ${currency}`;
}

/** "10k", "2.5k", "1.2m", "750". */
function compact(amount: number): string {
  const trim = (n: number) => String(Math.round(n * 10) / 10);
  if (amount >= 1_000_000) return `${trim(amount / 1_000_000)}m`;
  if (amount >= 1_000) return `${trim(amount / 1_000)}k`;
  return trim(amount);
}
