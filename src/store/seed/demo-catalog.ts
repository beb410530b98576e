import type { Product } from '../../vocabulary';
import type { SeedDocument, SeedWindow } from './demo-crm';
import type { Random } from './random';

/**
 * The demo company's 50 products: sku | name | category | list price (USD) | billing.
 * Software (platform seats, add-ons, integrations, support) and hardware (devices, their supplies and accessories).
 */
const CATALOG = `
  PLT-STARTER | Core Platform Starter (per seat) | Platform | 240 | annual
  PLT-PRO | Core Platform Professional (per seat) | Platform | 480 | annual
  PLT-ENT | Core Platform Enterprise (per seat) | Platform | 900 | annual
  PLT-SANDBOX | Sandbox Environment | Platform | 1200 | annual
  PLT-MOBILE | Mobile Access (per seat) | Platform | 8 | monthly
  PLT-STORAGE | Extra Storage 100 GB | Platform | 20 | monthly
  ANL-PRO | Analytics Pro | Analytics | 3600 | annual
  ANL-FCST | Forecasting Module | Analytics | 2400 | annual
  ANL-DASH | Executive Dashboards | Analytics | 1800 | annual
  ANL-DWH | Data Warehouse Sync | Analytics | 4800 | annual
  ANL-AI | AI Insights | Analytics | 6000 | annual
  INT-API | API Access | Integrations | 2000 | annual
  INT-SLACK | Slack Connector | Integrations | 600 | annual
  INT-TEAMS | Teams Connector | Integrations | 600 | annual
  INT-SSO | SSO & SCIM | Integrations | 1500 | annual
  INT-ERP | ERP Connector | Integrations | 3000 | annual
  INT-EMAIL | Email Sync | Integrations | 400 | annual
  SVC-ONB | Onboarding Package | Services | 5000 | one_time
  SVC-TRN | Admin Training (per day) | Services | 1600 | one_time
  SVC-INT | Custom Integration (per day) | Services | 1800 | one_time
  SVC-HC | Health Check | Services | 2500 | one_time
  SVC-MIG | Data Migration | Services | 4000 | one_time
  SUP-PREM | Premium Support | Support | 4000 | annual
  SUP-CSM | Dedicated Customer Success Manager | Support | 12000 | annual
  SUP-247 | 24/7 Support Add-on | Support | 6000 | annual
  DEV-PHONE | Desk Phone X2 | Devices | 189 | one_time
  DEV-HEADSET | Wireless Headset H5 | Devices | 149 | one_time
  DEV-SPEAKER | Conference Speaker C3 | Devices | 329 | one_time
  DEV-SCANNER | Barcode Scanner S1 | Devices | 219 | one_time
  DEV-KIOSK | Tablet Kiosk T10 | Devices | 899 | one_time
  DEV-RPRINT | Receipt Printer P2 | Devices | 279 | one_time
  DEV-LPRINT | Label Printer L4 | Devices | 399 | one_time
  DEV-CAM | Conference Camera V4 | Devices | 549 | one_time
  DEV-DOCK | Laptop Dock D7 | Devices | 199 | one_time
  DEV-HUB | Meeting Room Hub R1 | Devices | 1299 | one_time
  CNS-CUSH | Headset Ear Cushions (pair) | Supplies | 19 | one_time
  CNS-RROLL | Thermal Receipt Rolls (50) | Supplies | 45 | one_time
  CNS-LROLL | Label Rolls (24) | Supplies | 59 | one_time
  CNS-BATT | Replacement Battery | Supplies | 39 | one_time
  CNS-CLEAN | Cleaning Kit | Supplies | 15 | one_time
  CNS-RIBBON | Printer Ribbon (6) | Supplies | 35 | one_time
  CNS-CRADLE | Charging Cradle | Supplies | 49 | one_time
  CNS-CABLE | USB-C Cable (3 pack) | Supplies | 25 | one_time
  CNS-STRAP | Wrist Strap (10) | Supplies | 18 | one_time
  ACC-CASE | Protective Case | Accessories | 39 | one_time
  ACC-MOUNT | Wall Mount | Accessories | 59 | one_time
  ACC-STAND | Tablet Stand | Accessories | 79 | one_time
  ACC-MIC | Expansion Microphone | Accessories | 129 | one_time
  ACC-REMOTE | Presenter Remote | Accessories | 49 | one_time
  ACC-HOLSTER | Scanner Holster | Accessories | 29 | one_time
`;

/**
 * Planted co-purchase rules: when an order holds the first product, the second is added with the
 * given probability. A recommender trained on the orders should recover them.
 */
export const CO_PURCHASE_RULES: readonly (readonly [string, string, number])[] = [
  ['PLT-ENT', 'INT-SSO', 0.7],
  ['PLT-ENT', 'SUP-PREM', 0.6],
  ['ANL-PRO', 'ANL-FCST', 0.6],
  ['ANL-FCST', 'ANL-PRO', 0.6],
  ['INT-API', 'SVC-INT', 0.5],
  ['PLT-STARTER', 'SVC-ONB', 0.4],
  ['PLT-PRO', 'SVC-ONB', 0.4],
  ['DEV-RPRINT', 'CNS-RROLL', 0.85],
  ['DEV-LPRINT', 'CNS-LROLL', 0.8],
  ['DEV-SCANNER', 'ACC-HOLSTER', 0.6],
  ['DEV-HEADSET', 'CNS-CUSH', 0.5],
  ['DEV-KIOSK', 'ACC-STAND', 0.7],
  ['DEV-SPEAKER', 'ACC-MIC', 0.5],
];

/** Supplies a device owner re-orders (the re-order cycle a recommender can find). */
export const REORDERED_SUPPLIES: Readonly<Record<string, readonly string[]>> = {
  'DEV-HEADSET': ['CNS-CUSH', 'CNS-BATT'],
  'DEV-RPRINT': ['CNS-RROLL', 'CNS-CLEAN'],
  'DEV-LPRINT': ['CNS-LROLL', 'CNS-RIBBON'],
  'DEV-SCANNER': ['CNS-BATT', 'CNS-CRADLE', 'CNS-STRAP'],
  'DEV-KIOSK': ['CNS-CABLE', 'CNS-CLEAN'],
};

/** The product families buyers specialise in: software buyers and hardware buyers. */
export const SOFTWARE_CATEGORIES = ['Platform', 'Analytics', 'Integrations', 'Services', 'Support'] as const;
export const HARDWARE_CATEGORIES = ['Devices', 'Supplies', 'Accessories'] as const;

/** The 50 demo products, with reproducible ids. */
export function generateProducts(random: Random, window: SeedWindow): SeedDocument<Product>[] {
  return CATALOG.trim()
    .split('\n')
    .map((line) => {
      const [sku, name, category, price, billing] = line.split('|').map((cell) => cell.trim());
      const createdAt = new Date(window.start.getTime() - random.int(30, 700) * 86_400_000);
      return {
        _id: random.idAt(createdAt),
        sku: sku!,
        name: name!,
        category: category!,
        unitPrice: Number(price),
        currency: 'USD',
        billing: billing as Product['billing'],
        active: true,
        description: `${name} (${category!.toLowerCase()}, ${billing === 'one_time' ? 'one-time purchase' : `billed ${billing}`})`,
        createdAt,
      };
    });
}
