/**
 * Everything the backend remembers sits behind this interface: users, pending codes with their
 * attempt counters, rate-limit buckets, long-lived secrets (signing keys, the code-hashing key)
 * and the outbox. Every method is async and every method is atomic on its own: the rules that
 * must hold under concurrency (a code is redeemed once, no more than N failed attempts) are
 * single store operations, never a read followed by a write in the caller.
 */
export interface Store {
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
  /** Applies `changes` in one step, as `applyUserChanges` (user-changes.ts) says. */
  updateUser(userId: string, changes: UserChanges, at: string): Promise<StoredUser | undefined>;
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

  saveRefreshToken(token: StoredRefreshToken): Promise<void>;
  findRefreshToken(tokenHash: string): Promise<StoredRefreshToken | undefined>;

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
  | 'seeds';

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
}

/** What the Management API may change on a user. */
export interface UserChanges {
  blocked?: boolean;
  name?: string;
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

export interface StoredRefreshToken {
  tokenHash: string;
  userId: string;
  clientId: string;
  scope: string;
  audience: string;
  createdAt: number;
}

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
