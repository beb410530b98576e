import type { OrderLine, Product } from '../../vocabulary';
import { fromUsd } from './account-context';
import { CO_PURCHASE_RULES, HARDWARE_CATEGORIES, REORDERED_SUPPLIES } from './demo-catalog';
import type { SeedDocument } from './demo-crm';
import type { Random } from './random';

type CatalogProduct = SeedDocument<Product>;

/** What a buying account keeps between orders: the products it buys regularly and the devices it owns. */
export interface BasketProfile {
  /** Products this account buys again and again. */
  core: CatalogProduct[];
  /** Hardware buyers order devices and their supplies; the others order software. */
  hardware: boolean;
  employees: number;
  currency: string;
  /** Champions buy more items in larger quantities. */
  boost: number;
  ownedDevices: Set<string>;
}

/** The product catalogue with popularity weights (earlier products in a category sell more). */
export class Catalog {
  private readonly bySku = new Map<string, CatalogProduct>();
  private readonly weighted: { hardware: [CatalogProduct, number][]; software: [CatalogProduct, number][] } =
    {
      hardware: [],
      software: [],
    };

  constructor(readonly products: readonly CatalogProduct[]) {
    const rank = new Map<string, number>();
    for (const product of products) {
      this.bySku.set(product.sku, product);
      const position = rank.get(product.category) ?? 0;
      rank.set(product.category, position + 1);
      const kind = isHardware(product) ? 'hardware' : 'software';
      this.weighted[kind].push([product, 1 / Math.pow(position + 1, 0.8)]);
    }
  }

  get(sku: string): CatalogProduct {
    const product = this.bySku.get(sku);
    if (!product) throw new Error(`unknown demo sku ${sku}`);
    return product;
  }

  popular(random: Random, hardware: boolean): CatalogProduct {
    return random.weighted(this.weighted[hardware ? 'hardware' : 'software']);
  }

  /** 3-6 products an account will keep buying. */
  coreFor(random: Random, hardware: boolean): CatalogProduct[] {
    const core = new Map<string, CatalogProduct>();
    const size = random.int(3, 6);
    while (core.size < size) {
      const product = this.popular(random, random.chance(0.9) ? hardware : !hardware);
      core.set(product.sku, product);
    }
    return [...core.values()];
  }
}

function isHardware(product: CatalogProduct): boolean {
  return (HARDWARE_CATEGORIES as readonly string[]).includes(product.category);
}

function quantityOf(random: Random, product: CatalogProduct, profile: BasketProfile): number {
  const scale = 1 + Math.log10(Math.max(1, profile.employees));
  let quantity: number;
  if (product.sku.startsWith('PLT-') && product.sku !== 'PLT-SANDBOX' && product.sku !== 'PLT-STORAGE') {
    quantity = Math.min(300, Math.max(1, Math.round(profile.employees * random.uniform(0.002, 0.03))));
  } else if (product.category === 'Services') quantity = random.int(1, 5);
  else if (product.category === 'Devices') quantity = Math.max(1, Math.round(random.uniform(1, 4) * scale));
  else if (product.category === 'Supplies')
    quantity = Math.max(1, Math.round(random.uniform(2, 20) * scale * 0.5));
  else if (product.category === 'Accessories') quantity = random.int(1, 10);
  else quantity = product.sku === 'PLT-STORAGE' ? random.int(1, 5) : 1;
  return Math.max(1, Math.round(quantity * profile.boost));
}

/** Volume discount by quantity. */
function discountFor(quantity: number): number {
  return quantity >= 100 ? 0.15 : quantity >= 25 ? 0.1 : quantity >= 10 ? 0.05 : 0;
}

/**
 * The lines of one order: mostly the account's core products, supplies for devices it owns, and the
 * planted co-purchase rules applied to what is in the basket.
 */
export function basketFor(random: Random, catalog: Catalog, profile: BasketProfile): OrderLine[] {
  const chosen = new Map<string, CatalogProduct>();
  const items = 1 + random.poisson(profile.boost > 1 ? 2.2 : 1);
  for (let i = 0; i < items; i++) {
    const product = random.chance(0.75)
      ? random.pick(profile.core)
      : catalog.popular(random, profile.hardware);
    chosen.set(product.sku, product);
  }
  if (profile.ownedDevices.size && random.chance(0.6)) {
    const device = random.pick([...profile.ownedDevices]);
    const supplies = REORDERED_SUPPLIES[device] ?? [];
    for (const sku of random.sample(supplies, random.int(1, 2))) chosen.set(sku, catalog.get(sku));
  }
  for (const product of [...chosen.values()]) {
    for (const [from, to, probability] of CO_PURCHASE_RULES) {
      if (product.sku === from && random.chance(probability)) chosen.set(to, catalog.get(to));
    }
  }
  const lines: OrderLine[] = [];
  for (const product of chosen.values()) {
    if (REORDERED_SUPPLIES[product.sku]) profile.ownedDevices.add(product.sku);
    const quantity = quantityOf(random, product, profile);
    const unitPrice =
      Math.round(fromUsd(product.unitPrice, profile.currency) * (1 - discountFor(quantity)) * 100) / 100;
    lines.push({ productId: product._id, sku: product.sku, description: product.name, quantity, unitPrice });
  }
  return lines;
}
