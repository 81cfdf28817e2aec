import type { OutboxMessage } from '../../../mock-server/src/index.ts';

/** A request the widget sent, as the backend received it. */
export interface ObservedRequest {
  method: string;
  path: string;
  requestLanguage: string | null;
  acceptLanguage: string | null;
  at: number;
}

/** The connection settings the workbench edits. */
export interface ConnectionSettings {
  template: string;
  otpLength: number;
  otpExpiry: number;
  disableSignup: boolean;
  applicationName: string;
  /** E.164 → fixed code, only those whose code has `otpLength` digits. */
  testNumbers: Record<string, string>;
}

/** What the workbench needs of a backend, in the page or on a server. */
export interface DemoBackend {
  readonly kind: 'in-page' | 'server';
  /** The widget's `domain`. */
  readonly domain: string;
  /** Where the requests go (`https://…`, `http://localhost:8787`). */
  readonly origin: string;
  readonly clientId: string;
  messages(phoneNumber: string): Promise<OutboxMessage[]>;
  /** Called for each request of the Authentication API (not the outbox polling). */
  onRequest(listener: (request: ObservedRequest) => void): () => void;
  /** Moves the backend's clock forward (in the page only). */
  advanceClock?(ms: number): void;
  /** The `accept-language` the backend sees (in the page only: a browser's own cannot be changed). */
  setBrowserLanguages?(value: string): void;
  /** Starts again with an empty store (in the page only). */
  restart?(): Promise<void>;
}
