/**
 * Everything the backend remembers sits behind this interface: users, pending codes with their
 * attempt counters, rate-limit buckets, long-lived secrets (signing keys, the code-hashing key)
 * and the outbox. Every method is async and every method is atomic on its own: the rules that
 * must hold under concurrency (a code is redeemed once, no more than N failed attempts) are
 * single store operations, never a read followed by a write in the caller.
 */
export interface Store {
  /**
   * How long a process may keep what it read of the tenant's settings (clients, connections, the
   * active phone provider and template) before reading them again, for a store that other
   * processes write too (PostgreSQL). Absent: until a write through this process, the only
   * writer.
   */
  readonly cacheMaxAgeMs?: number;
  /** Keeps `code` as the only pending code for its number, unless a newer one is already there. */
  saveIssuedCode(code: PendingCode): Promise<void>;
  /** The pending code for a number, if any (for inspection; redeeming goes through `redeemCode`). */
  findPendingCode(connection: string, phoneNumber: string): Promise<PendingCode | undefined>;
  /**
   * Checks a candidate against the pending code and records the outcome in one step: a match
   * consumes the code; a miss counts an attempt, and the attempt that reaches `maxAttempts` kills it.
   */
  redeemCode(request: RedeemRequest): Promise<RedeemOutcome>;

  findUserByPhone(connection: string, phoneNumber: string): Promise<StoredUser | undefined>;
  findUserById(userId: string): Promise<StoredUser | undefined>;
  /** Finds the user of this number or creates `newUser`, then records a login, in one step. */
  recordLogin(newUser: StoredUser, at: string): Promise<StoredUser>;
  /** A page of users, oldest first, optionally only those of one number and/or one connection. */
  listUsers(query: {
    page: number;
    perPage: number;
    phoneNumber?: string;
    connection?: string;
  }): Promise<{ users: StoredUser[]; total: number }>;
  /**
   * Adds `newUser` in one step unless its number already has a user on its connection or its id
   * is taken (the Management API's `POST /users`, users seeded from the configuration).
   */
  createUser(newUser: StoredUser): Promise<CreateUserOutcome>;
  /**
   * Applies `changes` in one step, as `applyUserChanges` (user-changes.ts) says. A new
   * `phone_number` that another user of the connection has is refused (`phone_number_taken`),
   * and a changed number drops the old number's pending code.
   */
  updateUser(
    userId: string,
    changes: UserChanges,
    at: string,
  ): Promise<StoredUser | undefined | 'phone_number_taken'>;
  deleteUser(userId: string): Promise<boolean>;

  /** Takes one token from a refilling bucket; answers whether it was there and when it refills. */
  takeRateLimitToken(request: RateLimitRequest): Promise<RateLimitOutcome>;
  /**
   * Takes one token from each bucket only if every one has a token; otherwise takes none. The
   * outcomes say, per bucket, which had none.
   */
  takeRateLimitTokens(requests: RateLimitRequest[]): Promise<RateLimitOutcome[]>;

  /** Returns the secret stored under `name`, creating it with `create` the first time. */
  getOrCreateSecret(name: string, create: () => Promise<string>): Promise<string>;

  /** Starts a refresh token family (one per login) with its first token. */
  createRefreshTokenFamily(family: NewRefreshTokenFamily): Promise<void>;
  /**
   * Exchanges a presented refresh token in one step, as `judgeRefreshExchange`
   * (refresh-exchange.ts) says: of two concurrent exchanges of one token, exactly one finds it
   * unspent; the other is within the leeway or is reuse, which revokes the family.
   */
  exchangeRefreshToken(exchange: RefreshTokenExchange): Promise<RefreshTokenExchangeOutcome>;
  /** A refresh token and its family, for inspection (exchanges go through `exchangeRefreshToken`). */
  findRefreshToken(tokenHash: string): Promise<FoundRefreshToken | undefined>;
  /** Revokes the family of a token when `clientId` owns it; resolves to whether it did. */
  revokeRefreshTokenFamily(tokenHash: string, clientId: string, now: number): Promise<boolean>;
  /** Revokes every live refresh token family of a user; resolves to how many. */
  revokeUserRefreshTokens(userId: string, now: number): Promise<number>;

  /**
   * Tenant settings that the Management API can change (clients, connections, APIs, branding,
   * phone providers, phone templates): whole JSON documents by collection and id.
   */
  getDocument<T>(collection: DocumentCollection, id: string): Promise<T | undefined>;
  /** Every document of a collection, ordered by id. */
  listDocuments<T>(collection: DocumentCollection): Promise<T[]>;
  putDocument<T>(collection: DocumentCollection, id: string, document: T): Promise<void>;
  /**
   * Reads a document, passes it to `update` and writes what it returns, in one step (so two
   * concurrent changes to one document cannot lose each other). `update` must be synchronous and
   * may throw to leave the document as it was. Resolves to the new document, or `undefined` when
   * there is none with that id.
   */
  updateDocument<T>(
    collection: DocumentCollection,
    id: string,
    update: (current: T) => T,
  ): Promise<T | undefined>;
  deleteDocument(collection: DocumentCollection, id: string): Promise<boolean>;
  /**
   * Deletes the documents of `EXPIRING_COLLECTIONS` whose `expiresAt` is before `before` (ms);
   * resolves to how many.
   */
  deleteExpiredDocuments(before: number): Promise<number>;

  appendOutboxMessage(message: OutboxMessage): Promise<void>;
  /** Newest first. */
  listOutboxMessages(query: { phoneNumber?: string; limit: number }): Promise<OutboxMessage[]>;
  clearOutbox(): Promise<void>;
}

export type DocumentCollection =
  | 'clients'
  | 'connections'
  | 'resource_servers'
  | 'branding'
  | 'phone_providers'
  | 'phone_templates'
  | 'client_grants'
  | 'tenant_settings'
  | 'seeds'
  // Browser sign-in (login/): short-lived records, each keyed by a hash of its secret.
  | 'login_transactions'
  | 'login_tickets'
  | 'authorization_codes'
  | 'sessions'
  | 'opaque_access_tokens';

export interface PendingCode {
  connection: string;
  phoneNumber: string;
  /** Keyed hash of the code (hex); the code itself is never stored. */
  codeHash: string;
  /** Issue time in ms; the later of two codes for one number wins. */
  issuedAt: number;
  expiresAt: number;
  failedAttempts: number;
  /** Set when the attempts are spent: the code stays, dead, so the answer can say why. */
  exhausted: boolean;
}

export interface RedeemRequest {
  connection: string;
  phoneNumber: string;
  candidateHash: string;
  now: number;
  maxAttempts: number;
}

export type RedeemOutcome =
  | { outcome: 'accepted' }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'exhausted' }
  | { outcome: 'expired' }
  | { outcome: 'missing' };

export interface StoredUser {
  user_id: string;
  connection: string;
  phone_number: string;
  phone_verified: boolean;
  name: string;
  blocked: boolean;
  created_at: string;
  updated_at: string;
  last_login: string | null;
  logins_count: number;
  user_metadata: Record<string, unknown>;
  app_metadata: Record<string, unknown>;
  /** Profile fields the Management API may set; absent until it does. */
  nickname?: string;
  given_name?: string;
  family_name?: string;
  picture?: string;
}

export type CreateUserOutcome =
  | { outcome: 'created'; user: StoredUser }
  | { outcome: 'phone_number_taken'; user: StoredUser }
  | { outcome: 'user_id_taken' };

/** What the Management API may change on a user. */
export interface UserChanges {
  blocked?: boolean;
  name?: string;
  phone_number?: string;
  phone_verified?: boolean;
  nickname?: string;
  given_name?: string;
  family_name?: string;
  picture?: string;
  /** Merged into the current metadata: a key set to `null` is removed (as Auth0 does). */
  user_metadata?: Record<string, unknown>;
  app_metadata?: Record<string, unknown>;
}

export interface RateLimitRequest {
  bucket: string;
  capacity: number;
  /** Tokens regained per millisecond. */
  refillPerMs: number;
  now: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  remaining: number;
  /** When the bucket is full again (ms). */
  resetAt: number;
  /** When the next token is available, if none is now (ms). */
  retryAt: number;
}

/**
 * The tokens of one login: each refresh of a rotating client adds a token to it, and reuse,
 * `/oauth/revoke` or blocking the user revokes all of them at once. Times in ms.
 */
export interface RefreshTokenFamily {
  familyId: string;
  userId: string;
  clientId: string;
  /** The scope and audience the login granted; a refresh may narrow the scope, never widen it. */
  scope: string;
  audience: string;
  /** The browser session of the login, when it had one (for its `sid` and for ending it). */
  sessionId: string | null;
  /** When the user authenticated (ms), for the `auth_time` of refreshed id tokens. */
  authTime: number | null;
  createdAt: number;
  /** The absolute lifetime's end, fixed at the login; `null`: none. */
  expiresAt: number | null;
  /** The idle lifetime's end, moved on by every exchange; `null`: none. */
  idleExpiresAt: number | null;
  lastUsedAt: number;
  /** The token spent last: the only spent one that the leeway lets through again. */
  lastSpentTokenHash: string | null;
  revokedAt: number | null;
}

/** One refresh token of a family, by the SHA-256 of its value (the value is never stored). */
export interface StoredRefreshToken {
  tokenHash: string;
  familyId: string;
  issuedAt: number;
  /** When a rotating exchange spent it; `null` while it is the family's live token. */
  spentAt: number | null;
}

export type NewRefreshTokenFamily = Omit<
  RefreshTokenFamily,
  'lastUsedAt' | 'lastSpentTokenHash' | 'revokedAt' | 'sessionId' | 'authTime'
> & {
  /** The first token's hash. */
  tokenHash: string;
  sessionId?: string;
  authTime?: number;
};

export interface FoundRefreshToken {
  token: StoredRefreshToken;
  family: RefreshTokenFamily;
}

export interface RefreshTokenExchange {
  tokenHash: string;
  /** The client presenting it: another client's token is `missing`. */
  clientId: string;
  now: number;
  /** Rotation: the hash of the token that replaces the presented one. Absent: it stays valid. */
  successorHash?: string;
  /** How long after its exchange a spent token may be exchanged again (Auth0's `leeway`). */
  leewayMs: number;
  /** The idle lifetime from this exchange on; `null`: none. */
  idleLifetimeMs: number | null;
}

export type RefreshTokenExchangeOutcome =
  | { outcome: 'exchanged'; family: RefreshTokenFamily }
  | { outcome: 'missing' }
  | { outcome: 'revoked'; family: RefreshTokenFamily }
  | { outcome: 'expired'; family: RefreshTokenFamily }
  /** A spent token presented after the leeway: the family is revoked by this very exchange. */
  | { outcome: 'reused'; family: RefreshTokenFamily };

export interface OutboxMessage {
  id: string;
  to: string;
  from: string | null;
  body: string;
  language: string | null;
  delivery_method: 'text' | 'voice';
  provider: string;
  connection: string;
  created_at: string;
  /** What the provider answered (a Twilio sid, a gateway status), when a real provider sent it. */
  provider_response?: Record<string, unknown>;
}
