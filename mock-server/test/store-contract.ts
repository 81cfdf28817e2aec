// The store contract: what every store must do, run against each of them (unstorage's
// `testDriver()` style). A new store is correct when this suite passes against it.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutboxMessage, PendingCode, Store, StoredUser } from '../src/store/types.ts';
import { describeRefreshTokenContract } from './store-contract-refresh.ts';

export interface StoreUnderTest {
  store: Store;
  close(): Promise<void>;
  /** How many rate-limit buckets the store holds, where that can be seen from outside. */
  countBuckets?: () => number;
}

const NOW = Date.UTC(2026, 0, 1);
const MAX_ATTEMPTS = 3;

const code = (overrides: Partial<PendingCode> = {}): PendingCode => ({
  connection: 'sms',
  phoneNumber: '+14155550100',
  codeHash: 'a'.repeat(64),
  issuedAt: NOW,
  expiresAt: NOW + 180_000,
  failedAttempts: 0,
  exhausted: false,
  ...overrides,
});

const user = (phone: string, index = 0, connection = 'sms'): StoredUser => {
  const at = new Date(NOW + index * 1000).toISOString();
  return {
    user_id: `sms|${index.toString(16).padStart(24, '0')}`,
    connection,
    phone_number: phone,
    phone_verified: true,
    name: phone,
    blocked: false,
    created_at: at,
    updated_at: at,
    last_login: null,
    logins_count: 0,
    user_metadata: {},
    app_metadata: {},
  };
};

const redeem = (store: Store, candidateHash: string, now = NOW + 1000) =>
  store.redeemCode({
    connection: 'sms',
    phoneNumber: '+14155550100',
    candidateHash,
    now,
    maxAttempts: MAX_ATTEMPTS,
  });

const RIGHT = 'a'.repeat(64);
const WRONG = 'b'.repeat(64);

const take = (store: Store, now: number, bucket = 'ip:1') =>
  store.takeRateLimitToken({ bucket, capacity: 3, refillPerMs: 1 / 1000, now });

const message = (index: number, to = '+14155550100') => ({
  id: `msg_${index}`,
  to,
  from: null,
  body: `Code ${index}`,
  language: null,
  delivery_method: 'text' as const,
  provider: 'outbox',
  connection: 'sms',
  created_at: new Date(NOW + index).toISOString(),
});

/** A bare outbox message whose id and body are both `id` (for a store's own outbox-limit test). */
export const outboxMessage = (id: string): OutboxMessage => ({
  id,
  to: '+1',
  from: null,
  body: id,
  language: null,
  delivery_method: 'text',
  provider: 'outbox',
  connection: 'sms',
  created_at: '',
});

/** Runs the whole contract against stores made by `open` (a fresh, empty store each test). */
export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`store contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: Store;
    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(() => subject.close());

    describe('pending codes', () => {
      test('a saved code is found; a newer one replaces it, an older one does not', async () => {
        assert.equal(await store.findPendingCode('sms', '+14155550100'), undefined);
        await store.saveIssuedCode(code());
        assert.deepEqual(await store.findPendingCode('sms', '+14155550100'), code());
        await store.saveIssuedCode(code({ codeHash: 'c'.repeat(64), issuedAt: NOW + 5 }));
        await store.saveIssuedCode(code({ codeHash: 'd'.repeat(64), issuedAt: NOW + 1 }));
        assert.equal(
          (await store.findPendingCode('sms', '+14155550100'))!.codeHash,
          'c'.repeat(64),
        );
        assert.equal(await store.findPendingCode('other', '+14155550100'), undefined);
      });

      test('the right code is accepted once', async () => {
        await store.saveIssuedCode(code());
        assert.deepEqual(await redeem(store, RIGHT), { outcome: 'accepted' });
        assert.deepEqual(await redeem(store, RIGHT), { outcome: 'missing' });
        assert.equal(await store.findPendingCode('sms', '+14155550100'), undefined);
      });

      test('wrong codes count; the third kills the code, even for the right one', async () => {
        await store.saveIssuedCode(code());
        assert.deepEqual(await redeem(store, WRONG), { outcome: 'wrong', attemptsLeft: 2 });
        assert.equal((await store.findPendingCode('sms', '+14155550100'))!.failedAttempts, 1);
        assert.deepEqual(await redeem(store, WRONG), { outcome: 'wrong', attemptsLeft: 1 });
        assert.deepEqual(await redeem(store, WRONG), { outcome: 'wrong', attemptsLeft: 0 });
        assert.deepEqual(await redeem(store, RIGHT), { outcome: 'exhausted' });
        assert.equal((await store.findPendingCode('sms', '+14155550100'))!.exhausted, true);
      });

      test('an expired code is refused and a missing one is missing', async () => {
        assert.deepEqual(await redeem(store, RIGHT), { outcome: 'missing' });
        await store.saveIssuedCode(code());
        assert.deepEqual(await redeem(store, RIGHT, NOW + 180_000), { outcome: 'expired' });
      });

      test('a new code after exhaustion starts with a clean count', async () => {
        await store.saveIssuedCode(code({ failedAttempts: 3, exhausted: true }));
        await store.saveIssuedCode(code({ issuedAt: NOW + 10 }));
        assert.deepEqual(await redeem(store, RIGHT), { outcome: 'accepted' });
      });

      test('50 concurrent redemptions of the right code: exactly one is accepted', async () => {
        await store.saveIssuedCode(code());
        const outcomes = await Promise.all(Array.from({ length: 50 }, () => redeem(store, RIGHT)));
        assert.equal(outcomes.filter((outcome) => outcome.outcome === 'accepted').length, 1);
        assert.ok(outcomes.every((o) => o.outcome === 'accepted' || o.outcome === 'missing'));
      });

      test('50 concurrent wrong codes: at most 3 are counted, then the code is dead', async () => {
        await store.saveIssuedCode(code());
        const outcomes = await Promise.all(Array.from({ length: 50 }, () => redeem(store, WRONG)));
        const counted = outcomes.filter((outcome) => outcome.outcome === 'wrong');
        assert.ok(counted.length <= MAX_ATTEMPTS, `${counted.length} wrong attempts counted`);
        assert.equal(
          outcomes.filter((outcome) => outcome.outcome === 'exhausted').length,
          50 - counted.length,
        );
        assert.deepEqual(await redeem(store, RIGHT), { outcome: 'exhausted' });
      });
    });

    describe('users', () => {
      test('recordLogin creates a user once, then counts logins', async () => {
        const first = await store.recordLogin(user('+14155550101'), '2026-01-01T00:00:01.000Z');
        assert.equal(first.logins_count, 1);
        assert.equal(first.last_login, '2026-01-01T00:00:01.000Z');
        const again = await store.recordLogin(user('+14155550101', 9), '2026-01-01T00:00:02.000Z');
        assert.equal(again.user_id, first.user_id, 'the existing user, not the new candidate');
        assert.equal(again.logins_count, 2);
        assert.deepEqual(await store.findUserById(first.user_id), again);
        assert.deepEqual(await store.findUserByPhone('sms', '+14155550101'), again);
        assert.equal(await store.findUserByPhone('other', '+14155550101'), undefined);
      });

      test('20 concurrent first logins of one number make one user with 20 logins', async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, index) =>
            store.recordLogin(user('+14155550102', index), new Date(NOW).toISOString()),
          ),
        );
        assert.equal(new Set(results.map((result) => result.user_id)).size, 1);
        const { users, total } = await store.listUsers({ page: 0, perPage: 50 });
        assert.equal(total, 1);
        assert.equal(users[0]!.logins_count, 20);
      });

      test('listUsers pages oldest first and filters by number and connection', async () => {
        for (let index = 0; index < 5; index++)
          await store.recordLogin(user(`+1415555020${index}`, index), new Date(NOW).toISOString());
        await store.recordLogin(user('+14155550200', 7, 'sms-two'), new Date(NOW).toISOString());
        const page = await store.listUsers({ page: 1, perPage: 2 });
        assert.equal(page.total, 6);
        assert.deepEqual(
          page.users.map((entry) => entry.phone_number),
          ['+14155550202', '+14155550203'],
        );
        const byPhone = await store.listUsers({
          page: 0,
          perPage: 10,
          phoneNumber: '+14155550200',
        });
        assert.equal(byPhone.total, 2);
        const byBoth = await store.listUsers({
          page: 0,
          perPage: 10,
          phoneNumber: '+14155550200',
          connection: 'sms-two',
        });
        assert.deepEqual(
          byBoth.users.map((entry) => entry.connection),
          ['sms-two'],
        );
        assert.deepEqual(await store.listUsers({ page: 5, perPage: 10 }), { users: [], total: 6 });
      });

      test('updateUser sets fields and merges metadata; unknown ids are undefined', async () => {
        const created = await store.recordLogin(user('+14155550103'), new Date(NOW).toISOString());
        await store.updateUser(created.user_id, { user_metadata: { a: 1, b: 2 } }, 'T1');
        const updated = (await store.updateUser(
          created.user_id,
          { blocked: true, name: 'Ada', user_metadata: { b: null, c: 3 }, app_metadata: { r: 1 } },
          'T2',
        )) as StoredUser;
        assert.equal(updated!.blocked, true);
        assert.equal(updated!.name, 'Ada');
        assert.equal(updated!.updated_at, 'T2');
        assert.deepEqual(updated!.user_metadata, { a: 1, c: 3 });
        assert.deepEqual(updated!.app_metadata, { r: 1 });
        assert.deepEqual(await store.findUserById(created.user_id), updated);
        assert.equal(await store.updateUser('sms|nope', { blocked: true }, 'T3'), undefined);
      });

      test('createUser adds a user once per number, and never over a taken id', async () => {
        const first = await store.createUser({ ...user('+14155550105', 1), phone_verified: false });
        assert.equal(first.outcome, 'created');
        const again = await store.createUser(user('+14155550105', 2));
        assert.equal(again.outcome, 'phone_number_taken');
        assert.equal(
          again.outcome === 'phone_number_taken' && again.user.user_id,
          user('', 1).user_id,
        );
        assert.deepEqual(await store.createUser(user('+14155550106', 1)), {
          outcome: 'user_id_taken',
        });
        assert.equal((await store.createUser(user('+14155550105', 3, 'other'))).outcome, 'created');
        const { total } = await store.listUsers({ page: 0, perPage: 10 });
        assert.equal(total, 2);
        // The first login through a code proves the number.
        const loggedIn = await store.recordLogin(user('+14155550105', 4), 'T1');
        assert.equal(loggedIn.user_id, user('', 1).user_id);
        assert.equal(loggedIn.phone_verified, true);
        assert.equal(loggedIn.logins_count, 1);
      });

      test('updateUser moves a user to a free number only, dropping the old pending code', async () => {
        const created = await store.recordLogin(user('+14155550107'), new Date(NOW).toISOString());
        await store.recordLogin(user('+14155550108', 1), new Date(NOW).toISOString());
        await store.saveIssuedCode(code({ phoneNumber: '+14155550107' }));
        assert.equal(
          await store.updateUser(created.user_id, { phone_number: '+14155550108' }, 'T1'),
          'phone_number_taken',
        );
        const moved = (await store.updateUser(
          created.user_id,
          { phone_number: '+14155550109', nickname: 'ada', given_name: 'Ada' },
          'T2',
        )) as StoredUser;
        assert.equal(moved.phone_number, '+14155550109');
        assert.equal(moved.nickname, 'ada');
        assert.equal(moved.given_name, 'Ada');
        assert.equal(
          (await store.findUserByPhone('sms', '+14155550109'))?.user_id,
          created.user_id,
        );
        assert.equal(await store.findUserByPhone('sms', '+14155550107'), undefined);
        assert.equal(await store.findPendingCode('sms', '+14155550107'), undefined);
        assert.equal(
          (await store.listUsers({ page: 0, perPage: 10, phoneNumber: '+14155550109' })).total,
          1,
        );
      });

      test('concurrent metadata changes to one user all land', async () => {
        const created = await store.recordLogin(user('+14155550104'), new Date(NOW).toISOString());
        await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            store.updateUser(created.user_id, { user_metadata: { [`k${index}`]: index } }, 'T'),
          ),
        );
        const final = await store.findUserById(created.user_id);
        assert.equal(Object.keys(final!.user_metadata).length, 30);
      });

      test('deleteUser removes the user and the pending code of its number', async () => {
        const created = await store.recordLogin(user('+14155550100'), new Date(NOW).toISOString());
        await store.saveIssuedCode(code());
        assert.equal(await store.deleteUser(created.user_id), true);
        assert.equal(await store.findUserById(created.user_id), undefined);
        assert.equal(await store.findUserByPhone('sms', '+14155550100'), undefined);
        assert.equal(await store.findPendingCode('sms', '+14155550100'), undefined);
        assert.equal(await store.deleteUser(created.user_id), false);
      });

      test('returned users are copies', async () => {
        const created = await store.recordLogin(user('+14155550105'), new Date(NOW).toISOString());
        created.user_metadata.changed = true;
        const found = await store.findUserById(created.user_id);
        found!.name = 'changed';
        assert.deepEqual((await store.findUserById(created.user_id))!.user_metadata, {});
        assert.equal((await store.findUserById(created.user_id))!.name, '+14155550105');
      });
    });

    describe('rate limits', () => {
      test('a bucket allows its capacity, then refuses until it refills', async () => {
        assert.equal((await take(store, NOW)).remaining, 2);
        await take(store, NOW);
        const last = await take(store, NOW);
        assert.deepEqual([last.allowed, last.remaining], [true, 0]);
        assert.equal(last.resetAt, NOW + 3000);
        const refused = await take(store, NOW);
        assert.deepEqual([refused.allowed, refused.retryAt], [false, NOW + 1000]);
        assert.equal((await take(store, NOW, 'ip:2')).allowed, true, 'buckets are independent');
        assert.equal((await take(store, NOW + 1000)).allowed, true);
      });

      test('60 concurrent takes from a bucket of 50: exactly 50 allowed', async () => {
        const outcomes = await Promise.all(
          Array.from({ length: 60 }, () =>
            store.takeRateLimitToken({ bucket: 'b', capacity: 50, refillPerMs: 0, now: NOW }),
          ),
        );
        assert.equal(outcomes.filter((outcome) => outcome.allowed).length, 50);
      });

      test('takeRateLimitTokens of no bucket answers no outcome', async () => {
        assert.deepEqual(await store.takeRateLimitTokens([]), []);
      });

      test("a bucket's name is kept as given, quotes and backslashes included", async () => {
        const bucket = "ip:o'brien\\'; --";
        assert.equal((await take(store, NOW, bucket)).remaining, 2);
        assert.equal((await take(store, NOW, bucket)).remaining, 1);
        assert.equal((await take(store, NOW, "ip:o'brien")).remaining, 2, 'another bucket');
      });

      test('takeRateLimitTokens takes from every bucket or from none', async () => {
        const pair = (now: number) =>
          store.takeRateLimitTokens([
            { bucket: 'wide', capacity: 5, refillPerMs: 0, now },
            { bucket: 'narrow', capacity: 1, refillPerMs: 0, now },
          ]);
        assert.deepEqual(
          (await pair(NOW)).map((outcome) => outcome.allowed),
          [true, true],
        );
        assert.deepEqual(
          (await pair(NOW)).map((outcome) => outcome.allowed),
          [true, false],
          'the wide bucket had a token, the narrow one none',
        );
        const wide = await store.takeRateLimitToken({
          bucket: 'wide',
          capacity: 5,
          refillPerMs: 0,
          now: NOW,
        });
        assert.equal(wide.remaining, 3, 'the refused pair took nothing from the wide bucket');
      });

      test('refilled buckets and long-expired codes are forgotten, and behave as new', async () => {
        for (let index = 0; index < 1200; index++)
          await store.takeRateLimitToken({
            bucket: `ip:${index}`,
            capacity: 1,
            refillPerMs: 1 / 1000,
            now: NOW,
          });
        await store.saveIssuedCode(code({ phoneNumber: '+15550000001', expiresAt: NOW + 1000 }));
        for (let index = 0; index < 1000; index++)
          await store.takeRateLimitToken({
            bucket: `later:${index}`,
            capacity: 1,
            refillPerMs: 1,
            now: NOW + 7_200_000,
          });
        assert.equal(await store.findPendingCode('sms', '+15550000001'), undefined);
        const again = await store.takeRateLimitToken({
          bucket: 'ip:1',
          capacity: 1,
          refillPerMs: 1 / 1000,
          now: NOW + 7_200_000,
        });
        assert.deepEqual([again.allowed, again.remaining], [true, 0]);
        if (subject.countBuckets)
          assert.ok(subject.countBuckets() < 1200, 'refilled buckets were dropped');
      });
    });

    describe('secrets', () => {
      test('a secret is created once, even when asked for concurrently', async () => {
        let created = 0;
        const create = async () => `secret-${++created}`;
        const values = await Promise.all(
          Array.from({ length: 10 }, () => store.getOrCreateSecret('key', create)),
        );
        assert.deepEqual(new Set(values), new Set(['secret-1']));
        assert.equal(await store.getOrCreateSecret('key', create), 'secret-1');
        assert.equal(created, 1);
      });

      test('a failed creation is not kept', async () => {
        await assert.rejects(
          store.getOrCreateSecret('key', async () => {
            throw new Error('no entropy');
          }),
        );
        assert.equal(await store.getOrCreateSecret('key', async () => 'later'), 'later');
      });
    });

    describe('documents', () => {
      test('put, get, list by id, delete', async () => {
        await store.putDocument('clients', 'b', { client_id: 'b' });
        await store.putDocument('clients', 'a', { client_id: 'a' });
        await store.putDocument('connections', 'a', { id: 'a' });
        assert.deepEqual(await store.getDocument('clients', 'a'), { client_id: 'a' });
        assert.deepEqual(await store.listDocuments('clients'), [
          { client_id: 'a' },
          { client_id: 'b' },
        ]);
        await store.putDocument('clients', 'a', { client_id: 'a', name: 'A' });
        assert.deepEqual(await store.getDocument('clients', 'a'), { client_id: 'a', name: 'A' });
        assert.equal(await store.deleteDocument('clients', 'a'), true);
        assert.equal(await store.deleteDocument('clients', 'a'), false);
        assert.equal(await store.getDocument('clients', 'a'), undefined);
        assert.deepEqual(await store.listDocuments('phone_templates'), []);
      });

      test('deleteExpiredDocuments forgets short-lived records past their expiry, and nothing else', async () => {
        await store.putDocument('sessions', 'old', { expiresAt: 1_000 });
        await store.putDocument('sessions', 'live', { expiresAt: 5_000 });
        await store.putDocument('opaque_access_tokens', 'old', { expiresAt: 999 });
        await store.putDocument('login_tickets', 'edge', { expiresAt: 2_000 });
        await store.putDocument('authorization_codes', 'old', { expiresAt: 10, redeemedAt: 5 });
        await store.putDocument('login_transactions', 'live', { expiresAt: 9_000 });
        // Tenant settings have no expiry, even one that says it has.
        await store.putDocument('clients', 'a', { client_id: 'a', expiresAt: 1 });
        assert.equal(await store.deleteExpiredDocuments(2_000), 3);
        assert.equal(await store.getDocument('sessions', 'old'), undefined);
        assert.equal(await store.getDocument('opaque_access_tokens', 'old'), undefined);
        assert.equal(await store.getDocument('authorization_codes', 'old'), undefined);
        assert.deepEqual(await store.getDocument('sessions', 'live'), { expiresAt: 5_000 });
        assert.deepEqual(await store.getDocument('login_tickets', 'edge'), { expiresAt: 2_000 });
        assert.deepEqual(await store.getDocument('login_transactions', 'live'), {
          expiresAt: 9_000,
        });
        assert.deepEqual(await store.getDocument('clients', 'a'), { client_id: 'a', expiresAt: 1 });
        assert.equal(await store.deleteExpiredDocuments(2_000), 0);
      });

      test('every collection keeps its own documents, large ones included', async () => {
        const collections = [
          'clients',
          'connections',
          'resource_servers',
          'branding',
          'phone_providers',
          'phone_templates',
        ] as const;
        for (const collection of collections)
          await store.putDocument(collection, 'same-id', { collection });
        for (const collection of collections)
          assert.deepEqual(await store.getDocument(collection, 'same-id'), { collection });
        // A Universal Login page template may be 100 KB.
        const template = '<p>é</p>'.repeat(12_800);
        await store.putDocument('branding', 'universal_login', { template });
        assert.deepEqual(await store.getDocument('branding', 'universal_login'), { template });
        assert.equal((await store.listDocuments('branding')).length, 2);
      });

      test('updateDocument is atomic: 50 concurrent increments all count', async () => {
        await store.putDocument('seeds', 'counter', { count: 0 });
        await Promise.all(
          Array.from({ length: 50 }, () =>
            store.updateDocument<{ count: number }>('seeds', 'counter', (current) => ({
              count: current.count + 1,
            })),
          ),
        );
        assert.deepEqual(await store.getDocument('seeds', 'counter'), { count: 50 });
      });

      test('updateDocument: a throwing update changes nothing; a missing id is undefined', async () => {
        await store.putDocument('seeds', 'x', { value: 1 });
        await assert.rejects(
          store.updateDocument('seeds', 'x', () => {
            throw new Error('refused');
          }),
          /refused/,
        );
        assert.deepEqual(await store.getDocument('seeds', 'x'), { value: 1 });
        assert.equal(await store.updateDocument('seeds', 'nope', (current) => current), undefined);
      });
    });

    describeRefreshTokenContract(open);

    describe('outbox', () => {
      test('newest first, by number, limited, cleared', async () => {
        for (let index = 0; index < 4; index++)
          await store.appendOutboxMessage(message(index, index % 2 ? '+1999' : '+1888'));
        assert.deepEqual(
          (await store.listOutboxMessages({ limit: 10 })).map((entry) => entry.id),
          ['msg_3', 'msg_2', 'msg_1', 'msg_0'],
        );
        assert.deepEqual(
          (await store.listOutboxMessages({ phoneNumber: '+1999', limit: 1 })).map((e) => e.id),
          ['msg_3'],
        );
        await store.clearOutbox();
        assert.deepEqual(await store.listOutboxMessages({ limit: 10 }), []);
      });
    });
  });
}
