// A fresh, uniquely named database for each test, installed as the app's database.
import { OspitaDatabase } from '../../src-renderer/lib/db/database';
import { useDb } from '../../src-renderer/lib/db/index';

let counter = 0;

export async function freshDb(): Promise<OspitaDatabase> {
  const db = new OspitaDatabase(`test-${process.pid}-${Date.now()}-${counter++}`);
  await db.open();
  useDb(db);
  return db;
}
