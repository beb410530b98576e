import { customerLinesOf, type CustomerLines } from '../../ml/orders/customer-lines';
import { isoDay, MS_PER_DAY } from '../../ml/orders/order-date';
import { ordersFromStore, storeOrdersVersion, type StoreOrders } from './orders-from-store';
import { applySegments, fitSegments } from '../../ml/segmentation/fit-segments';
import { runOf, type SegmentationRun } from '../../ml/segmentation/segment-customers';
import { SEGMENT_MODEL_FORMAT, type SegmentModel } from '../../ml/segmentation/segment-model';
import { crmMetrics } from '../../core/metrics';
import type { Store } from '../../store/store';
import type { SkillServices } from '../skill';
import { loadSegmentSnapshot, saveSegmentSnapshot } from './segment-snapshots';

/** Segment definitions are refitted when older than this; in between, members move but definitions stay. */
export const SEGMENT_REFIT_DAYS = 90;
const MODEL_KEY = 'segment-model';
/** How often (ms) a cached segmentation re-checks whether orders or interactions changed. */
const VERSION_CHECK_MS = 60_000;

/**
 * The CRM's customer segments: one stable segment model (fitted on the CRM's orders and interactions,
 * kept in the store so every process uses the same definitions, refitted every 90 days), today's
 * segment of every account, and the segments on any earlier day (recorded snapshot, or reconstructed
 * from the orders before that day with the same model).
 */
export class CrmSegments {
  private readonly byCustomer: CustomerLines;
  readonly current: SegmentationRun;
  private readonly currentMap: Map<string, string>;

  constructor(
    readonly data: StoreOrders,
    readonly model: SegmentModel,
    readonly now: number,
  ) {
    this.byCustomer = customerLinesOf(data.book);
    this.current = runOf(data.book, applySegments(model, data.book, now, this.byCustomer, data.touches));
    this.currentMap = new Map(this.current.customers.map((c) => [c.customerId, c.segment]));
  }

  /** An id for the model, stored with snapshots. */
  get modelId(): string {
    return new Date(this.model.asOf).toISOString();
  }

  /** Every customer's segment now. */
  segmentsNow(): ReadonlyMap<string, string> {
    return this.currentMap;
  }

  /** The segments as of the start of `day` with this model: the recorded snapshot when it exists, else reconstructed (and recorded). */
  async segmentsOn(
    store: Store,
    day: string,
  ): Promise<{ members: ReadonlyMap<string, string>; source: 'snapshot' | 'reconstructed' }> {
    const saved = await loadSegmentSnapshot(store, day);
    if (saved && saved.modelId === this.modelId)
      return { members: saved.members, source: saved.reconstructed ? 'reconstructed' : 'snapshot' };
    const at = Date.parse(`${day}T00:00:00Z`);
    const run = runOf(
      this.data.book,
      applySegments(this.model, this.data.book, at, this.byCustomer, this.data.touches),
    );
    const members = new Map(run.customers.map((c) => [c.customerId, c.segment]));
    await saveSegmentSnapshot(store, { day, modelId: this.modelId, reconstructed: true, members });
    return { members, source: 'reconstructed' };
  }

  /** Records today's segments as the snapshot of today (once per day and model). */
  async recordToday(store: Store): Promise<void> {
    const day = isoDay(this.now);
    const saved = await loadSegmentSnapshot(store, day);
    if (saved && saved.modelId === this.modelId && !saved.reconstructed) return;
    await saveSegmentSnapshot(store, {
      day,
      modelId: this.modelId,
      reconstructed: false,
      members: this.currentMap,
    });
  }
}

interface Cached {
  segments: CrmSegments;
  version: string;
  checkedAt: number;
}

/**
 * The process-wide CRM segmentation, rebuilt when orders or interactions change (checked at most
 * once a minute) or the stored model is refitted.
 */
export async function crmSegmentsOf(services: SkillServices): Promise<CrmSegments> {
  const holder = await services.artifacts.get('segments:crm', async () => ({
    value: undefined as Cached | undefined,
  }));
  const now = services.clock().getTime();
  const cached = holder.value;
  if (cached && now - cached.checkedAt < VERSION_CHECK_MS && sameDay(cached.segments.now, now))
    return cached.segments;
  const version = await storeOrdersVersion(services.store);
  if (
    cached &&
    cached.version === version &&
    sameDay(cached.segments.now, now) &&
    modelFresh(cached.segments.model, now)
  ) {
    cached.checkedAt = now;
    return cached.segments;
  }
  const data = await ordersFromStore(services.store);
  const model = await segmentModelFor(services.store, data, now);
  const segments = new CrmSegments(data, model, now);
  await segments.recordToday(services.store);
  holder.value = { segments, version: data.version, checkedAt: now };
  crmMetrics.setModelVersion('segments', new Date(model.asOf).toISOString());
  return segments;
}

/** The stored segment model, fitted (and stored) when missing, of another format, or older than the refit period. */
export async function segmentModelFor(
  store: Store,
  data: StoreOrders,
  now: number,
  options: { refit?: boolean } = {},
): Promise<SegmentModel> {
  const stored = await store.meta.findById(MODEL_KEY);
  const model = stored?.value as SegmentModel | undefined;
  if (!options.refit && model && model.formatVersion === SEGMENT_MODEL_FORMAT && modelFresh(model, now))
    return model;
  const fitted = fitSegments(data.book, { asOf: now, touches: data.touches }).model;
  await store.meta.updateOne(
    { _id: MODEL_KEY },
    { $set: { value: fitted as unknown as Record<string, unknown> } },
    { upsert: true },
  );
  return fitted;
}

function modelFresh(model: SegmentModel, now: number): boolean {
  return now - model.asOf < SEGMENT_REFIT_DAYS * MS_PER_DAY && model.asOf <= now;
}

function sameDay(a: number, b: number): boolean {
  return isoDay(a) === isoDay(b);
}
