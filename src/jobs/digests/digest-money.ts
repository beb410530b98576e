/** One formatter per currency: every digest formats a dozen amounts, and building one is the cost. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount as a digest shows it: the currency's symbol, no decimals ("$1,200,000"). */
export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}
