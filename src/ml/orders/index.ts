export * from './order-book';
export * from './order-date';
export * from './customer-lines';
export * from './non-product-codes';
export * from './read-orders-file';
