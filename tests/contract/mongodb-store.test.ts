import mongoose from 'mongoose';
import { openMongoStore } from '../../src/store/mongo/mongo-store';
import { describeStoreContract } from './store-contract';

const uri = process.env.MONGODB_URI;
const dbName = `crmpro_contract_${process.pid}_${Date.now().toString(36)}`;

if (uri) {
  afterAll(async () => {
    const connection = await mongoose
      .createConnection(uri, { dbName, serverSelectionTimeoutMS: 10_000 })
      .asPromise();
    await connection.dropDatabase();
    await connection.close();
  });
  describeStoreContract(`MongoDB (${dbName})`, async () => {
    const store = await openMongoStore(uri, { dbName });
    await store.ensureIndexes();
    return store;
  });
} else {
  describe.skip('Store contract: MongoDB (skipped: set MONGODB_URI, e.g. mongodb://localhost:27017, to run it on a fresh database)', () => {
    test('needs MONGODB_URI', () => undefined);
  });
}
