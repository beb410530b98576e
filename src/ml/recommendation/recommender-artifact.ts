import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';
import { isoDay, MS_PER_DAY } from '../orders/order-date';
import { customerCountsOf, RECENT_DAYS } from './fit-recommender';
import { RECOMMENDER_FORMAT, type BlendWeights, type RecommenderModel } from './recommender-model';
import type { BlendTuning } from './train-recommender';

/** The model card written next to a trained recommender (`model.json`). */
export interface RecommenderCard {
  kind: 'recommendations';
  formatVersion: number;
  /** When it was trained (ISO); also the version directory name for CRM-trained models. */
  version: string;
  createdAt: string;
  data: { source: string; lines: number; customers: number; products: number; ordersBefore: string };
  method: string;
  weights: BlendWeights;
  crossSellWeights: BlendWeights;
  tuning: BlendTuning;
  metrics: { validation?: { hitRateAt10?: number; ndcgAt10?: number; customers: number } };
  training: { seconds: number };
  libraries: { learner: string; node: string };
  arrays: { name: string; type: 'f32' | 'f64' | 'i32'; offset: number; length: number }[];
}

const LEARNER =
  'crmpro item-item cosine + re-order blend, coordinate-ascent ranker (TypeScript, no external learner)';
const ARRAYS_FILE = 'arrays.bin';
const STRINGS_FILE = 'strings.json';

type ArrayEntry = [name: string, array: Float32Array | Float64Array | Int32Array];

/** Writes a trained recommender into `dir`: model.json (card), strings.json and arrays.bin. */
export async function saveRecommender(
  dir: string,
  model: RecommenderModel,
  info: { source: string; lines: number; tuning: BlendTuning; seconds: number },
): Promise<RecommenderCard> {
  const entries: ArrayEntry[] = [
    ['history.offsets', model.history.offsets],
    ['history.product', model.history.product],
    ['history.orders', model.history.orders],
    ['history.first', model.history.first],
    ['history.last', model.history.last],
    ['history.customerOrders', model.history.customerOrders],
    ['history.fadedOrders60', model.history.fadedOrders60],
    ['history.fadedOrders120', model.history.fadedOrders120],
    ['neighbours.product', model.neighbours.product],
    ['neighbours.similarity', model.neighbours.similarity],
    ['neighbours.together', model.neighbours.together],
    ['buyers', model.buyers],
    ['recentBuyers', model.recentBuyers],
    ['repeatRate', model.repeatRate],
  ];
  const arrays: RecommenderCard['arrays'] = [];
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [name, array] of entries) {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    const padding = (8 - (offset % 8)) % 8;
    if (padding) chunks.push(Buffer.alloc(padding));
    offset += padding;
    arrays.push({
      name,
      type: array instanceof Float32Array ? 'f32' : array instanceof Float64Array ? 'f64' : 'i32',
      offset,
      length: array.length,
    });
    chunks.push(bytes);
    offset += bytes.length;
  }
  const now = new Date().toISOString();
  const card: RecommenderCard = {
    kind: 'recommendations',
    formatVersion: RECOMMENDER_FORMAT,
    version: now,
    createdAt: now,
    data: {
      source: info.source,
      lines: info.lines,
      customers: model.customers.length,
      products: model.products.length,
      ordersBefore: isoDay(model.asOf),
    },
    method:
      'linear blend of re-order history (orders with the product, faded by age, share of their orders, days since, repeat rate), item-item cosine "also bought" and popularity shares; weights learned by coordinate ascent on HR@10 + NDCG@10 over internal time splits',
    weights: model.weights,
    crossSellWeights: model.crossSellWeights,
    tuning: info.tuning,
    metrics: {
      validation:
        info.tuning.hitRate === undefined
          ? undefined
          : {
              hitRateAt10: info.tuning.hitRate,
              ndcgAt10: info.tuning.ndcg,
              customers: info.tuning.validationCustomers,
            },
    },
    training: { seconds: Math.round(info.seconds * 100) / 100 },
    libraries: { learner: LEARNER, node: process.version },
    arrays,
  };
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, ARRAYS_FILE), Buffer.concat(chunks));
    await writeFile(
      path.join(dir, STRINGS_FILE),
      JSON.stringify({
        customers: model.customers,
        products: model.products,
        productNames: model.productNames,
        asOf: model.asOf,
        neighbourSize: model.neighbours.size,
      }),
    );
    await writeFile(path.join(dir, 'model.json'), `${JSON.stringify(card, null, 2)}\n`);
  } catch (error) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `cannot write the model to ${dir}: ${(error as Error).message}`,
      { dir },
    );
  }
  return card;
}

/** Loads a recommender written by `saveRecommender`, refusing other kinds and format versions. */
export async function loadRecommender(
  dir: string,
): Promise<{ model: RecommenderModel; card: RecommenderCard }> {
  let card: RecommenderCard;
  try {
    card = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')) as RecommenderCard;
  } catch (error) {
    throw new CrmError(
      ErrorCode.NotFound,
      `No recommender model in ${dir} (${(error as Error).message}). Train one with \`crmpro recommend train\`.`,
      { dir },
    );
  }
  if (card.kind !== 'recommendations')
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${dir} holds a ${String(card.kind)} model, not a recommender.`,
      { dir },
    );
  if (card.formatVersion !== RECOMMENDER_FORMAT) {
    throw new CrmError(
      ErrorCode.Unavailable,
      `${dir} was written in recommender format ${card.formatVersion}; this version of CRMPro reads format ${RECOMMENDER_FORMAT}. Retrain the model.`,
      { dir },
    );
  }
  const [bytes, stringsText] = await Promise.all([
    readFile(path.join(dir, ARRAYS_FILE)),
    readFile(path.join(dir, STRINGS_FILE), 'utf8'),
  ]);
  const strings = JSON.parse(stringsText) as {
    customers: string[];
    products: string[];
    productNames: string[];
    asOf: number;
    neighbourSize: number;
  };
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const get = <T extends Float32Array | Float64Array | Int32Array>(name: string): T => {
    const entry = card.arrays.find((a) => a.name === name);
    if (!entry)
      throw new CrmError(ErrorCode.InvalidInput, `${dir}: ${ARRAYS_FILE} lacks ${name}; retrain the model.`, {
        dir,
      });
    const Type = entry.type === 'f32' ? Float32Array : entry.type === 'f64' ? Float64Array : Int32Array;
    return new Type(buffer, entry.offset, entry.length) as T;
  };
  const history: RecommenderModel['history'] = {
    asOf: strings.asOf,
    offsets: get('history.offsets'),
    product: get('history.product'),
    orders: get('history.orders'),
    first: get('history.first'),
    last: get('history.last'),
    customerOrders: get('history.customerOrders'),
    fadedOrders60: get('history.fadedOrders60'),
    fadedOrders120: get('history.fadedOrders120'),
  };
  const model: RecommenderModel = {
    formatVersion: RECOMMENDER_FORMAT,
    asOf: strings.asOf,
    weights: card.weights,
    crossSellWeights: card.crossSellWeights,
    customers: strings.customers,
    products: strings.products,
    productNames: strings.productNames,
    history,
    neighbours: {
      size: strings.neighbourSize,
      product: get('neighbours.product'),
      similarity: get('neighbours.similarity'),
      together: get('neighbours.together'),
    },
    buyers: get('buyers'),
    recentBuyers: get('recentBuyers'),
    repeatRate: get('repeatRate'),
    ...customerCountsOf(history, strings.asOf - RECENT_DAYS * MS_PER_DAY),
  };
  return { model, card };
}
