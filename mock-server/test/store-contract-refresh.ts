// The store contract for refresh token families: rotation, reuse, leeway, lifetimes, revocation
// and their concurrency. Part of `describeStoreContract` (store-contract.ts).
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewRefreshTokenFamily, RefreshTokenExchange, Store } from '../src/store/types.ts';

interface StoreUnderTest {
  store: Store;
  close(): Promise<void>;
}

const NOW = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

const family = (overrides: Partial<NewRefreshTokenFamily> = {}): NewRefreshTokenFamily => ({
  familyId: 'fam-1',
  tokenHash: 't1',
  userId: 'sms|1',
  clientId: 'spa',
  scope: 'openid offline_access',
  audience: 'https://tenant.example.com/userinfo',
  createdAt: NOW,
  expiresAt: NOW + 30 * DAY,
  idleExpiresAt: NOW + 15 * DAY,
  ...overrides,
});

/** A rotating exchange of `tokenHash` into `successorHash` unless `overrides` say otherwise. */
const exchange = (
  store: Store,
  tokenHash: string,
  successorHash: string | undefined,
  overrides: Partial<RefreshTokenExchange> = {},
) =>
  store.exchangeRefreshToken({
    tokenHash,
    clientId: 'spa',
    now: NOW + 1000,
    ...(successorHash === undefined ? {} : { successorHash }),
    leewayMs: 0,
    idleLifetimeMs: 15 * DAY,
    ...overrides,
  });

const outcomeOf = async (pending: ReturnType<typeof exchange>) => (await pending).outcome;

export function describeRefreshTokenContract(open: () => Promise<StoreUnderTest>): void {
  describe('refresh token families', () => {
    let subject: StoreUnderTest;
    let store: Store;
    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(() => subject.close());

    test('a new family is found by its first token, with nothing used or revoked yet', async () => {
      await store.createRefreshTokenFamily(family({ sessionId: 'sess-1', authTime: NOW - 5 }));
      assert.deepEqual(await store.findRefreshToken('t1'), {
        token: { tokenHash: 't1', familyId: 'fam-1', issuedAt: NOW, spentAt: null },
        family: {
          familyId: 'fam-1',
          userId: 'sms|1',
          clientId: 'spa',
          scope: 'openid offline_access',
          audience: 'https://tenant.example.com/userinfo',
          sessionId: 'sess-1',
          authTime: NOW - 5,
          createdAt: NOW,
          expiresAt: NOW + 30 * DAY,
          idleExpiresAt: NOW + 15 * DAY,
          lastUsedAt: NOW,
          lastSpentTokenHash: null,
          revokedAt: null,
        },
      });
      assert.equal(await store.findRefreshToken('t2'), undefined);
      await store.createRefreshTokenFamily(family({ familyId: 'fam-2', tokenHash: 't2' }));
      const second = await store.findRefreshToken('t2');
      assert.deepEqual([second!.family.sessionId, second!.family.authTime], [null, null]);
    });

    test('rotation spends the token and adds its successor to the family', async () => {
      await store.createRefreshTokenFamily(family());
      const first = await exchange(store, 't1', 't2');
      assert.equal(first.outcome, 'exchanged');
      const after = await store.findRefreshToken('t1');
      assert.equal(after!.token.spentAt, NOW + 1000);
      assert.equal(after!.family.lastSpentTokenHash, 't1');
      assert.equal(after!.family.lastUsedAt, NOW + 1000);
      assert.equal(after!.family.idleExpiresAt, NOW + 1000 + 15 * DAY);
      assert.deepEqual((await store.findRefreshToken('t2'))!.token, {
        tokenHash: 't2',
        familyId: 'fam-1',
        issuedAt: NOW + 1000,
        spentAt: null,
      });
      assert.equal(await outcomeOf(exchange(store, 't2', 't3', { now: NOW + 2000 })), 'exchanged');
    });

    test('without a successor the same token keeps working and is never spent', async () => {
      await store.createRefreshTokenFamily(family());
      for (let use = 1; use <= 3; use++)
        assert.equal(
          await outcomeOf(exchange(store, 't1', undefined, { now: NOW + use * 1000 })),
          'exchanged',
        );
      const found = await store.findRefreshToken('t1');
      assert.deepEqual([found!.token.spentAt, found!.family.lastUsedAt], [null, NOW + 3000]);
    });

    test("another client's token and an unknown one are missing and change nothing", async () => {
      await store.createRefreshTokenFamily(family());
      assert.deepEqual(await exchange(store, 't1', 't2', { clientId: 'other' }), {
        outcome: 'missing',
      });
      assert.deepEqual(await exchange(store, 'nope', 't2'), { outcome: 'missing' });
      assert.equal((await store.findRefreshToken('t1'))!.token.spentAt, null);
      assert.equal(await store.findRefreshToken('t2'), undefined);
    });

    test('reuse of a spent token revokes the family, its newest token included', async () => {
      await store.createRefreshTokenFamily(family());
      await exchange(store, 't1', 't2');
      const reused = await exchange(store, 't1', 't3', { now: NOW + 2000 });
      assert.equal(reused.outcome, 'reused');
      assert.equal(reused.outcome === 'reused' && reused.family.revokedAt, NOW + 2000);
      assert.equal(await store.findRefreshToken('t3'), undefined, 'reuse issues nothing');
      assert.equal(await outcomeOf(exchange(store, 't2', 't4', { now: NOW + 3000 })), 'revoked');
      assert.equal((await store.findRefreshToken('t2'))!.family.revokedAt, NOW + 2000);
    });

    test('within the leeway only the token spent last may be exchanged again', async () => {
      await store.createRefreshTokenFamily(family());
      const leeway = { leewayMs: 10_000 };
      await exchange(store, 't1', 't2', { ...leeway, now: NOW + 1000 });
      assert.equal(
        await outcomeOf(exchange(store, 't1', 't3', { ...leeway, now: NOW + 5000 })),
        'exchanged',
        'the previous token, within the leeway',
      );
      assert.equal((await store.findRefreshToken('t1'))!.token.spentAt, NOW + 1000);
      await exchange(store, 't3', 't4', { ...leeway, now: NOW + 6000 });
      assert.equal(
        await outcomeOf(exchange(store, 't1', 't5', { ...leeway, now: NOW + 7000 })),
        'reused',
        'the token before the previous one is reuse, even within the leeway',
      );
    });

    test('after the leeway the previous token is reuse', async () => {
      await store.createRefreshTokenFamily(family());
      await exchange(store, 't1', 't2', { leewayMs: 10_000, now: NOW + 1000 });
      assert.equal(
        await outcomeOf(exchange(store, 't1', 't3', { leewayMs: 10_000, now: NOW + 11_000 })),
        'reused',
      );
    });

    test('the absolute lifetime ends the family; the idle one ends it unless used', async () => {
      await store.createRefreshTokenFamily(
        family({ expiresAt: NOW + 10_000, idleExpiresAt: null }),
      );
      assert.equal(await outcomeOf(exchange(store, 't1', 't2', { now: NOW + 9999 })), 'exchanged');
      assert.equal(
        await outcomeOf(exchange(store, 't2', 't3', { now: NOW + 10_000, idleLifetimeMs: null })),
        'expired',
      );
      assert.equal((await store.findRefreshToken('t2'))!.token.spentAt, null, 'nothing spent');

      await store.createRefreshTokenFamily(
        family({ familyId: 'fam-2', tokenHash: 'u1', expiresAt: null, idleExpiresAt: NOW + 1000 }),
      );
      const idle = { idleLifetimeMs: 1000 };
      assert.equal(
        await outcomeOf(exchange(store, 'u1', 'u2', { ...idle, now: NOW + 999 })),
        'exchanged',
      );
      assert.equal(
        await outcomeOf(exchange(store, 'u2', 'u3', { ...idle, now: NOW + 1998 })),
        'exchanged',
        'each use moves the idle deadline on',
      );
      assert.equal(
        await outcomeOf(exchange(store, 'u3', 'u4', { ...idle, now: NOW + 2998 })),
        'expired',
      );
    });

    test("revoking by token needs the owner's client, and revokes the whole family", async () => {
      await store.createRefreshTokenFamily(family());
      await exchange(store, 't1', 't2');
      assert.equal(await store.revokeRefreshTokenFamily('t2', 'other', NOW + 2000), false);
      assert.equal(await store.revokeRefreshTokenFamily('nope', 'spa', NOW + 2000), false);
      assert.equal((await store.findRefreshToken('t2'))!.family.revokedAt, null);
      assert.equal(await store.revokeRefreshTokenFamily('t1', 'spa', NOW + 2000), true);
      assert.equal(await store.revokeRefreshTokenFamily('t2', 'spa', NOW + 3000), false);
      assert.equal((await store.findRefreshToken('t2'))!.family.revokedAt, NOW + 2000);
      assert.equal(await outcomeOf(exchange(store, 't2', 't3', { now: NOW + 4000 })), 'revoked');
    });

    test("revoking a user's refresh tokens revokes each of their live families only", async () => {
      await store.createRefreshTokenFamily(family());
      await store.createRefreshTokenFamily(family({ familyId: 'fam-2', tokenHash: 'u1' }));
      await store.createRefreshTokenFamily(
        family({ familyId: 'fam-3', tokenHash: 'v1', userId: 'sms|2' }),
      );
      assert.equal(await store.revokeUserRefreshTokens('sms|1', NOW + 1000), 2);
      assert.equal(await store.revokeUserRefreshTokens('sms|1', NOW + 2000), 0);
      assert.equal(await outcomeOf(exchange(store, 't1', 't2')), 'revoked');
      assert.equal(await outcomeOf(exchange(store, 'u1', 'u2')), 'revoked');
      assert.equal(await outcomeOf(exchange(store, 'v1', 'v2')), 'exchanged');
    });

    test('20 concurrent rotations of one token without leeway: one wins, the next is reuse', async () => {
      await store.createRefreshTokenFamily(family());
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, index) => outcomeOf(exchange(store, 't1', `next-${index}`))),
      );
      const count = (wanted: string) => outcomes.filter((outcome) => outcome === wanted).length;
      assert.equal(count('exchanged'), 1);
      assert.equal(count('reused'), 1, 'the first loser detects the reuse and revokes the family');
      assert.equal(count('revoked'), 18);
      assert.notEqual((await store.findRefreshToken('t1'))!.family.revokedAt, null);
    });

    test('20 concurrent rotations of one token within the leeway all succeed', async () => {
      await store.createRefreshTokenFamily(family());
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          outcomeOf(exchange(store, 't1', `next-${index}`, { leewayMs: 5000 })),
        ),
      );
      assert.deepEqual(new Set(outcomes), new Set(['exchanged']));
      const found = await store.findRefreshToken('t1');
      assert.deepEqual([found!.token.spentAt, found!.family.revokedAt], [NOW + 1000, null]);
      for (let index = 0; index < 20; index++)
        assert.equal((await store.findRefreshToken(`next-${index}`))!.token.spentAt, null);
    });

    test('a revocation racing rotations leaves the family revoked', async () => {
      await store.createRefreshTokenFamily(family());
      await Promise.all([
        ...Array.from({ length: 10 }, (_, index) =>
          exchange(store, 't1', `next-${index}`, { leewayMs: 5000 }),
        ),
        store.revokeUserRefreshTokens('sms|1', NOW + 1000),
      ]);
      for (let index = 0; index < 10; index++) {
        const found = await store.findRefreshToken(`next-${index}`);
        if (found) assert.notEqual(found.family.revokedAt, null);
      }
      assert.equal(await outcomeOf(exchange(store, 't1', 'later', { leewayMs: 5000 })), 'revoked');
    });

    test('returned families are copies', async () => {
      await store.createRefreshTokenFamily(family());
      const found = await store.findRefreshToken('t1');
      found!.family.scope = 'changed';
      found!.token.spentAt = 1;
      const again = await store.findRefreshToken('t1');
      assert.deepEqual(
        [again!.family.scope, again!.token.spentAt],
        ['openid offline_access', null],
      );
    });

    test('families dead for a week are forgotten; live and non-expiring ones are kept', async () => {
      await store.createRefreshTokenFamily(
        family({ familyId: 'expired', tokenHash: 'e1', expiresAt: NOW + 1000 }),
      );
      await store.createRefreshTokenFamily(family({ familyId: 'revoked', tokenHash: 'r1' }));
      await store.revokeUserRefreshTokens('sms|1', NOW);
      await store.createRefreshTokenFamily(
        family({
          familyId: 'forever',
          tokenHash: 'f1',
          userId: 'sms|2',
          expiresAt: null,
          idleExpiresAt: null,
        }),
      );
      const later = NOW + 8 * DAY;
      for (let index = 0; index < 1000; index++)
        await store.createRefreshTokenFamily(
          family({
            familyId: `new-${index}`,
            tokenHash: `n${index}`,
            userId: 'sms|3',
            createdAt: later,
            expiresAt: later + 30 * DAY,
            idleExpiresAt: later + 15 * DAY,
          }),
        );
      assert.equal(await store.findRefreshToken('e1'), undefined);
      assert.equal(await store.findRefreshToken('r1'), undefined);
      assert.ok(await store.findRefreshToken('f1'), 'a family without end is kept');
      assert.ok(await store.findRefreshToken('n0'), 'live families are kept');
    });
  });
}
