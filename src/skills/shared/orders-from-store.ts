import type { Store } from '../../store/store';
import { isNonProductCode } from '../../ml/orders/non-product-codes';
import { OrderBookBuilder, type CustomerTouches, type OrderBook } from '../../ml/orders/order-book';

/** The CRM's orders as an OrderBook, the interactions per customer, and a version that changes with the data. */
export interface StoreOrders {
  book: OrderBook;
  touches: CustomerTouches;
  /** The currency of each customer's latest order (spend is summed per customer in that currency). */
  currencyOf: ReadonlyMap<string, string>;
  /** Changes whenever orders or interactions are added (count and latest date of each). */
  version: string;
}

/**
 * Reads every order of the CRM store into an OrderBook, keyed by account id (web-shop buyers without
 * an account by `ref:<customerRef>`). Cancelled orders are left out, returned orders count negative,
 * fee and postage SKUs are flagged; product names come from the catalogue, else from the order line.
 */
export async function ordersFromStore(store: Store): Promise<StoreOrders> {
  const [orders, products, interactions] = await Promise.all([
    store.orders.find(
      {},
      {
        projection: {
          accountId: 1,
          customerRef: 1,
          orderNumber: 1,
          orderedAt: 1,
          status: 1,
          currency: 1,
          lines: 1,
        },
      },
    ),
    store.products.find({}, { projection: { sku: 1, name: 1 } }),
    store.interactions.find(
      { accountId: { $exists: true } },
      { projection: { accountId: 1, occurredAt: 1 } },
    ),
  ]);
  const names = new Map(products.map((p) => [p.sku, p.name]));
  const builder = new OrderBookBuilder(orders.length * 3);
  let latestOrder = 0;
  const currencyOf = new Map<string, string>();
  const currencyAt = new Map<string, number>();
  for (const order of orders) {
    const at = new Date(order.orderedAt).getTime();
    latestOrder = Math.max(latestOrder, at);
    const buyer = order.accountId ?? (order.customerRef ? `ref:${order.customerRef}` : '');
    if (buyer && order.currency && at >= (currencyAt.get(buyer) ?? Number.NEGATIVE_INFINITY)) {
      currencyAt.set(buyer, at);
      currencyOf.set(buyer, order.currency);
    }
    for (const line of order.lines ?? []) {
      builder.stats.readLines++;
      const customerId = order.accountId ?? (order.customerRef ? `ref:${order.customerRef}` : '');
      if (!customerId) {
        builder.stats.withoutCustomer++;
        continue;
      }
      if (order.status === 'cancelled') {
        builder.stats.cancelledOrderLines++;
        continue;
      }
      const returned = order.status === 'returned' || line.quantity < 0;
      if (returned) builder.stats.cancellationLines++;
      const isProduct = !isNonProductCode(line.sku) && line.unitPrice >= 0;
      if (!isProduct) builder.stats.nonProductLines++;
      builder.add({
        customerId,
        productId: line.sku,
        productName: names.get(line.sku) ?? line.description,
        invoiceId: order.orderNumber,
        at,
        quantity: returned ? -Math.abs(line.quantity) : line.quantity,
        unitPrice: line.unitPrice,
        isProduct,
      });
    }
  }
  const book = builder.build();
  const index = new Map(book.customers.map((id, i) => [id, i]));
  const touches = new Map<number, number[]>();
  let latestTouch = 0;
  for (const interaction of interactions) {
    const at = new Date(interaction.occurredAt).getTime();
    latestTouch = Math.max(latestTouch, at);
    const c = index.get(interaction.accountId!);
    if (c === undefined) continue;
    const list = touches.get(c) ?? [];
    list.push(at);
    touches.set(c, list);
  }
  return {
    book,
    touches,
    currencyOf,
    version: `${orders.length}:${latestOrder}:${interactions.length}:${latestTouch}`,
  };
}

/** The cheap version check: counts and latest dates, without reading the documents. */
export async function storeOrdersVersion(store: Store): Promise<string> {
  const [orderCount, latestOrder, touchCount, latestTouch] = await Promise.all([
    store.orders.countDocuments({}),
    store.orders.findOne({}, { sort: { orderedAt: -1 }, projection: { orderedAt: 1 } }),
    store.interactions.countDocuments({ accountId: { $exists: true } }),
    store.interactions.findOne(
      { accountId: { $exists: true } },
      { sort: { occurredAt: -1 }, projection: { occurredAt: 1 } },
    ),
  ]);
  const time = (d: Date | undefined) => (d ? new Date(d).getTime() : 0);
  return `${orderCount}:${time(latestOrder?.orderedAt)}:${touchCount}:${time(latestTouch?.occurredAt)}`;
}
