// Every unit test gets IndexedDB from fake-indexeddb; each test opens its own fresh database (see helpers).
import 'fake-indexeddb/auto';
