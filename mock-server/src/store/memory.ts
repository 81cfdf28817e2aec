import { judgeCandidate } from './code-redemption.ts';
import { isForgettable, judgeRefreshExchange, newFamilyRecords } from './refresh-exchange.ts';
import {
  DEAD_REFRESH_FAMILY_GRACE_MS,
  EXPIRED_CODE_GRACE_MS,
  SWEEP_EVERY_WRITES,
  SWEEP_STEP,
} from './retention.ts';
import { createForgetting } from './forgetting.ts';
import { createMemoryDocuments } from './memory-documents.ts';
import { ShardedMap } from './sharded-map.ts';
import { BucketTable, CodeTable } from './memory-tables.ts';
import { clone } from './plain-data.ts';
import { takeToken, takeTokens, type BucketState } from './token-bucket.ts';
import { applyUserChanges } from './user-changes.ts';
import type {
  OutboxMessage,
  RateLimitOutcome,
  RateLimitRequest,
  RedeemOutcome,
  RedeemRequest,
  RefreshTokenFamily,
  StoredRefreshToken,
  StoredUser,
  Store,
} from './types.ts';

export interface MemoryStoreOptions {
  /** Oldest outbox messages are dropped beyond this many. */
  outboxLimit?: number;
}

const phoneKey = (connection: string, phoneNumber: string) => `${connection}\u0000${phoneNumber}`;

/**
 * The store of the browser and of tests. JavaScript runs one task at a time and no method awaits
 * between reading and writing, so each method is atomic as the interface asks.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const outboxLimit = options.outboxLimit ?? 1000;
  // The maps that grow with numbers, users and tokens are sharded (sharded-map.ts); codes and
  // buckets, a few for every start, are kept in columns (memory-tables.ts).
  const codes = new CodeTable();
  const users = new ShardedMap<StoredUser>();
  const userIdByPhone = new ShardedMap<string>();
  const buckets = new BucketTable();
  const secrets = new Map<string, Promise<string>>();
  const refreshTokens = new ShardedMap<StoredRefreshToken>();
  const refreshFamilies = new ShardedMap<RefreshTokenFamily>();
  let outbox: OutboxMessage[] = [];
  let familiesSinceSweep = 0;
  const sweepRefreshFamilies = (now: number) => {
    const forgotten = new Set<string>();
    for (const [id, family] of refreshFamilies)
      if (isForgettable(family, now, DEAD_REFRESH_FAMILY_GRACE_MS)) forgotten.add(id);
    for (const id of forgotten) refreshFamilies.delete(id);
    for (const [hash, token] of refreshTokens)
      if (forgotten.has(token.familyId)) refreshTokens.delete(hash);
  };
  // Each rate-limit write forgets a few buckets and codes that are due: enough to forget the dead
  // ones as fast as they come, never a pass over millions at once. A bucket that has refilled is
  // the same as none; a code is kept a while past its expiry.
  const bucketForgetting = createForgetting(
    { get: (key) => buckets.slotOf(key), delete: (key) => buckets.delete(key) },
    (slot) => buckets.fullAt(slot),
    SWEEP_STEP,
    { notedAtEveryWrite: false },
  );
  const codeForgetting = createForgetting(
    { get: (key) => codes.slotOf(key), delete: (key) => codes.delete(key) },
    (slot) => codes.expiresAt(slot) + EXPIRED_CODE_GRACE_MS,
    SWEEP_STEP,
    { notedAtEveryWrite: true },
  );
  const sweep = (now: number) => {
    bucketForgetting.step(now);
    codeForgetting.step(now);
  };
  /** Saves a bucket's state after a take; a bucket the take made is noted for forgetting. */
  const keepBucket = (bucket: string, state: BucketState, previous: BucketState | undefined) => {
    const slot = buckets.write(bucket, state);
    if (!previous) bucketForgetting.noted(bucket, slot);
  };
  const takeOne = (request: RateLimitRequest): RateLimitOutcome => {
    const previous = buckets.read(request.bucket);
    const { state, outcome } = takeToken(previous, request);
    if (outcome.allowed) keepBucket(request.bucket, state, previous);
    return outcome;
  };
  const takeRateLimitTokens = (requests: RateLimitRequest[]): RateLimitOutcome[] => {
    const previous = requests.map((request) => buckets.read(request.bucket));
    const { states, outcomes } = takeTokens(previous, requests);
    states?.forEach((state, index) => keepBucket(requests[index]!.bucket, state, previous[index]));
    sweep(requests.reduce((latest, request) => Math.max(latest, request.now), 0));
    return outcomes;
  };

  return {
    async saveIssuedCode(code) {
      const key = phoneKey(code.connection, code.phoneNumber);
      const current = codes.slotOf(key);
      if (current !== undefined && codes.issuedAt(current) > code.issuedAt) return;
      codeForgetting.noted(key, codes.write(key, code));
    },

    async findPendingCode(connection, phoneNumber) {
      return codes.read(phoneKey(connection, phoneNumber), connection, phoneNumber);
    },

    async redeemCode(request: RedeemRequest): Promise<RedeemOutcome> {
      const key = phoneKey(request.connection, request.phoneNumber);
      const code = codes.read(key, request.connection, request.phoneNumber);
      const { outcome, next } = judgeCandidate(code, request);
      if (next === null) codes.delete(key);
      else if (next) codes.write(key, next);
      return outcome;
    },

    async findUserByPhone(connection, phoneNumber) {
      const id = userIdByPhone.get(phoneKey(connection, phoneNumber));
      const user = id ? users.get(id) : undefined;
      return user && clone(user);
    },

    async findUserById(userId) {
      const user = users.get(userId);
      return user && clone(user);
    },

    async recordLogin(newUser, at) {
      const key = phoneKey(newUser.connection, newUser.phone_number);
      const existingId = userIdByPhone.get(key);
      const user = (existingId && users.get(existingId)) || clone(newUser);
      user.last_login = at;
      user.updated_at = at;
      user.logins_count += 1;
      user.phone_verified = true; // the code reached this number
      users.set(user.user_id, user);
      userIdByPhone.set(key, user.user_id);
      return clone(user);
    },

    async listUsers({ page, perPage, phoneNumber, connection }) {
      const all = [...users.values()]
        .filter(
          (user) =>
            (phoneNumber === undefined || user.phone_number === phoneNumber) &&
            (connection === undefined || user.connection === connection),
        )
        .sort(
          (a, b) => a.created_at.localeCompare(b.created_at) || a.user_id.localeCompare(b.user_id),
        );
      return {
        users: all.slice(page * perPage, (page + 1) * perPage).map(clone),
        total: all.length,
      };
    },

    async createUser(newUser) {
      const key = phoneKey(newUser.connection, newUser.phone_number);
      const existingId = userIdByPhone.get(key);
      if (existingId) return { outcome: 'phone_number_taken', user: clone(users.get(existingId)!) };
      if (users.has(newUser.user_id)) return { outcome: 'user_id_taken' };
      users.set(newUser.user_id, clone(newUser));
      userIdByPhone.set(key, newUser.user_id);
      return { outcome: 'created', user: clone(newUser) };
    },

    async updateUser(userId, changes, at) {
      const user = users.get(userId);
      if (!user) return undefined;
      const updated = applyUserChanges(user, clone(changes), at);
      const oldKey = phoneKey(user.connection, user.phone_number);
      const newKey = phoneKey(updated.connection, updated.phone_number);
      if (newKey !== oldKey) {
        if (userIdByPhone.has(newKey)) return 'phone_number_taken';
        userIdByPhone.delete(oldKey);
        userIdByPhone.set(newKey, userId);
        codes.delete(oldKey);
      }
      users.set(userId, updated);
      return clone(updated);
    },

    async deleteUser(userId) {
      const user = users.get(userId);
      if (!user) return false;
      users.delete(userId);
      userIdByPhone.delete(phoneKey(user.connection, user.phone_number));
      codes.delete(phoneKey(user.connection, user.phone_number));
      return true;
    },

    async takeRateLimitToken(request: RateLimitRequest): Promise<RateLimitOutcome> {
      // takeRateLimitTokens of one request, without its arrays: every request takes one or more.
      const outcome = takeOne(request);
      sweep(request.now);
      return outcome;
    },

    async takeRateLimitTokens(requests) {
      return takeRateLimitTokens(requests);
    },

    getOrCreateSecret(name, create) {
      let secret = secrets.get(name);
      if (!secret) {
        secret = create();
        secrets.set(name, secret);
        secret.catch(() => secrets.delete(name));
      }
      return secret;
    },

    async createRefreshTokenFamily(newFamily) {
      const { family, token } = newFamilyRecords(clone(newFamily));
      refreshFamilies.set(family.familyId, family);
      refreshTokens.set(token.tokenHash, token);
      if (++familiesSinceSweep >= SWEEP_EVERY_WRITES) {
        familiesSinceSweep = 0;
        sweepRefreshFamilies(family.createdAt);
      }
    },

    async exchangeRefreshToken(exchange) {
      const token = refreshTokens.get(exchange.tokenHash);
      const family = token && refreshFamilies.get(token.familyId);
      const { outcome, writes } = judgeRefreshExchange(token, family, exchange);
      if (writes.token) refreshTokens.set(writes.token.tokenHash, writes.token);
      if (writes.successor) refreshTokens.set(writes.successor.tokenHash, writes.successor);
      if (writes.family) refreshFamilies.set(writes.family.familyId, writes.family);
      return clone(outcome);
    },

    async findRefreshToken(tokenHash) {
      const token = refreshTokens.get(tokenHash);
      const family = token && refreshFamilies.get(token.familyId);
      return token && family ? clone({ token, family }) : undefined;
    },

    async revokeRefreshTokenFamily(tokenHash, clientId, now) {
      const token = refreshTokens.get(tokenHash);
      const family = token && refreshFamilies.get(token.familyId);
      if (!family || family.clientId !== clientId || family.revokedAt !== null) return false;
      refreshFamilies.set(family.familyId, { ...family, revokedAt: now });
      return true;
    },

    async revokeUserRefreshTokens(userId, now) {
      let revoked = 0;
      for (const family of refreshFamilies.values())
        if (family.userId === userId && family.revokedAt === null) {
          refreshFamilies.set(family.familyId, { ...family, revokedAt: now });
          revoked++;
        }
      return revoked;
    },

    ...createMemoryDocuments(),

    async appendOutboxMessage(message) {
      outbox.push(clone(message));
      // Trimmed in batches, not at every message: lists read only the last `outboxLimit`.
      if (outbox.length > outboxLimit * 2) outbox = outbox.slice(-outboxLimit);
    },

    async listOutboxMessages({ phoneNumber, limit }) {
      const matching: OutboxMessage[] = [];
      const oldest = Math.max(0, outbox.length - outboxLimit);
      for (let index = outbox.length - 1; index >= oldest && matching.length < limit; index--) {
        const message = outbox[index]!;
        if (phoneNumber === undefined || message.to === phoneNumber) matching.push(clone(message));
      }
      return matching;
    },

    async clearOutbox() {
      outbox = [];
    },
  };
}
