/**
 * Stock codes that are not goods: postage, fees, discounts, manual adjustments, samples and gift
 * vouchers (the UCI Online Retail conventions; the CRM's own exports use the same codes for fees).
 * Their lines are left out of spend and of product suggestions.
 */
const NON_PRODUCT_CODES = new Set([
  'POST',
  'DOT',
  'C2',
  'C3',
  'M',
  'D',
  'S',
  'B',
  'CRUK',
  'PADS',
  'BANK CHARGES',
  'AMAZONFEE',
  'ADJUST',
  'ADJUST2',
  'TEST001',
  'TEST002',
  'SHIPPING',
  'FEE',
  'DISCOUNT',
]);

/** True when a stock code is a fee, postage, discount, adjustment, sample or voucher rather than goods. */
export function isNonProductCode(code: string): boolean {
  // Goods codes mostly start with a digit (85123A); every listed code starts with a letter. Checked
  // first because this runs once per order line (half a million times on Online Retail).
  const first = code.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  const upper = code.toUpperCase();
  return NON_PRODUCT_CODES.has(upper) || upper.startsWith('GIFT_') || upper.startsWith('TEST');
}

/** The codes listed by name (for documentation and error messages). */
export function listedNonProductCodes(): string[] {
  return [...NON_PRODUCT_CODES, 'GIFT_*', 'TEST*'];
}
