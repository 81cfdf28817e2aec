import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { exchangeCode, startPasswordless, type AuthClientOptions } from '../../api/auth-client.js';
import { emit } from '../../events/emit.js';
import { loadPhoneSupportFor } from '../../phone/load-phone-number.js';
import { failureOf, failureOutcome, type Failure, type ShownError } from '../failure.js';
import { CountdownController } from './countdown-controller.js';
import { WebOtpController } from './web-otp-controller.js';

export type Step = 'phone' | 'code' | 'done';
export type Busy = 'send' | 'verify' | 'resend' | false;
/** What the status region announces, said in the current language when rendered. */
export type Status = 'code-sent' | 'code-resent' | 'signed-in' | '';

/** What the flow reads from its host: the element's public properties. */
export interface LoginFlowHost extends ReactiveControllerHost, HTMLElement {
  domain: string;
  clientId: string;
  connection: string;
  scope: string;
  audience?: string | undefined;
  codeLength: number;
  resendAfter: number;
}

interface FlowState {
  step: Step;
  busy: Busy;
  shownError: ShownError | undefined;
  /** The number the code went to, in E.164. */
  sentTo: string;
  /** The same, formatted for reading (no-break spaces). */
  sentToDisplay: string;
  code: string;
  status: Status;
}

const START: FlowState = {
  step: 'phone',
  busy: false,
  shownError: undefined,
  sentTo: '',
  sentToDisplay: '',
  code: '',
  status: '',
};

/**
 * The login itself: `/passwordless/start` for a number, the code step (typed, pasted, filled or
 * read by WebOTP), `/oauth/token`, the resend countdown, and the failures with their messages. It
 * dispatches the element's events from the host.
 */
export class LoginFlowController implements ReactiveController {
  state: Readonly<FlowState> = START;
  #failures = 0;
  #codeDead = false;
  #request: AbortController | undefined;
  readonly #countdown: CountdownController;
  readonly #webOtp: WebOtpController;

  readonly #host: LoginFlowHost;
  readonly #language: { locale: string };
  readonly #focus: (selector: string, select?: boolean) => void;

  /**
   * `language` gives the language the SMS should speak (`x-request-language`); `moveFocus`
   * moves focus once the host has rendered (`select`: and selects the field's text).
   */
  constructor(
    host: LoginFlowHost,
    language: { locale: string },
    moveFocus: (selector: string, select?: boolean) => void,
  ) {
    this.#host = host;
    this.#language = language;
    this.#focus = moveFocus;
    host.addController(this);
    this.#countdown = new CountdownController(host);
    this.#webOtp = new WebOtpController(host);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** Seconds before a new code may be asked; 0 when it may (at once when the code is dead). */
  get resendIn(): number {
    return this.#codeDead ? 0 : this.#countdown.remaining;
  }

  /** Whether the message is about the code in the field (cleared as soon as it changes). */
  get codeIsInvalid(): boolean {
    const kind = this.state.shownError?.kind;
    return kind === 'wrong-code' || kind === 'incomplete-code';
  }

  /** Back to an empty phone step. */
  reset(): void {
    this.#webOtp.cancel();
    this.#request?.abort();
    this.#countdown.stop();
    this.#failures = 0;
    this.#codeDead = false;
    this.#set({ ...START, sentToDisplay: this.state.sentToDisplay });
  }

  /** Marks the host busy (while the number is checked before sending). */
  setBusy(busy: Busy): void {
    this.#set({ busy });
  }

  /** Hides the message, if `which` says so (all messages by default). */
  dismissError(which: (shown: ShownError) => boolean = () => true): void {
    if (this.state.shownError && which(this.state.shownError)) this.#set({ shownError: undefined });
  }

  /** Sends a code to `e164` (`resend`: again, from the code step). */
  async send(e164: string, mode: 'send' | 'resend'): Promise<void> {
    this.#set({ busy: mode, shownError: undefined });
    const request = new AbortController();
    this.#request = request;
    const language = this.#language.locale;
    const params: Record<string, string> = {};
    if (this.#host.scope) params.scope = this.#host.scope;
    if (this.#host.audience) params.audience = this.#host.audience;
    try {
      await startPasswordless(
        this.#authOptions,
        e164,
        language,
        Object.keys(params).length ? params : undefined,
        request.signal,
      );
    } catch (error) {
      this.#set({ busy: false });
      if (request.signal.aborted) return;
      this.fail(
        failureOf(error, mode === 'send' ? 'phone' : 'code', () => void this.send(e164, mode)),
      );
      return;
    }
    this.#set({ busy: false });
    // No-break spaces: the number never wraps across lines.
    const sentToDisplay = await loadPhoneSupportFor(e164, '').then(
      (phone) => phone.formatInternational(e164).replace(/ /g, '\u00a0'),
      () => e164,
    );
    this.#failures = 0;
    this.#codeDead = false;
    this.#countdown.start(this.#host.resendAfter);
    this.#set({
      sentTo: e164,
      sentToDisplay,
      code: '',
      step: 'code',
      status: mode === 'send' ? 'code-sent' : 'code-resent',
    });
    emit(this.#host, 'sms-login-code-sent', { phoneNumber: e164, language });
    this.#webOtp.listen((code) => {
      if (this.state.step !== 'code') return;
      this.#set({ code: code.slice(0, this.#host.codeLength) });
      void this.verify();
    });
    this.#focus('#code');
  }

  /** The code field changed: keeps its digits, and verifies a whole code. */
  inputCode(field: HTMLInputElement): void {
    const digits = field.value.replace(/\D/g, '').slice(0, this.#host.codeLength);
    field.value = digits;
    this.#enterCode(digits);
  }

  /** Puts a code in the code field as if it had been typed (outside the code step: nothing). */
  fillCode(code: string): void {
    if (this.state.step !== 'code' || this.state.busy) return;
    this.#enterCode(code.replace(/\D/g, '').slice(0, this.#host.codeLength));
  }

  /** Checks the code in the field with the backend. */
  async verify(): Promise<void> {
    if (this.state.busy) return;
    if (this.#codeDead) {
      this.#focus('#resend');
      return;
    }
    if (this.state.code.length !== this.#host.codeLength) {
      // Nothing was checked: no error event, just what to type.
      this.#set({ shownError: { kind: 'incomplete-code', step: 'code' } });
      this.#focus('#code', true);
      return;
    }
    this.#set({ busy: 'verify', shownError: undefined });
    const request = new AbortController();
    this.#request = request;
    let tokens;
    try {
      tokens = await exchangeCode(
        this.#authOptions,
        {
          phoneNumber: this.state.sentTo,
          code: this.state.code,
          scope: this.#host.scope,
          audience: this.#host.audience,
        },
        request.signal,
      );
    } catch (error) {
      this.#set({ busy: false });
      if (request.signal.aborted) return;
      this.fail(failureOf(error, 'code', () => void this.verify()));
      return;
    }
    this.#webOtp.cancel();
    this.#countdown.stop();
    this.#set({ busy: false, step: 'done', status: 'signed-in' });
    emit(this.#host, 'sms-login-success', {
      accessToken: tokens.access_token,
      idToken: tokens.id_token,
      expiresIn: tokens.expires_in,
      tokenType: tokens.token_type,
      scope: tokens.scope,
    });
    this.#focus('#done-title');
  }

  /** "Send a new code", once the countdown allows it. */
  resend(): void {
    if (this.state.busy || this.resendIn > 0) return;
    void this.send(this.state.sentTo, 'resend');
  }

  /** "Use another number": back to the phone step, the number kept. */
  changeNumber(): void {
    this.#webOtp.cancel();
    this.#countdown.stop();
    this.#set({ shownError: undefined, status: '', code: '', step: 'phone' });
    this.#focus('#number');
  }

  /** Shows a failure, dispatches `sms-login-error`, and moves focus to what helps next. */
  fail(failure: Failure): void {
    const outcome = failureOutcome(failure, this.#failures, this.#codeDead);
    this.#failures = outcome.failures;
    if (outcome.codeDead) this.#countdown.stop();
    this.#codeDead = outcome.codeDead;
    this.#set({
      shownError: outcome.shown,
      ...(outcome.clearCode ? { code: '' } : {}),
    });
    emit(this.#host, 'sms-login-error', {
      error: failure.error,
      errorDescription: failure.errorDescription,
      step: failure.step,
    });
    this.#focus(outcome.focus, outcome.select);
  }

  get #authOptions(): AuthClientOptions {
    const { domain, clientId, connection } = this.#host;
    return { domain, clientId, connection };
  }

  #enterCode(code: string): void {
    this.#set({ code });
    if (this.codeIsInvalid) this.dismissError();
    if (code.length === this.#host.codeLength) void this.verify();
  }

  #set(changes: Partial<FlowState>): void {
    this.state = { ...this.state, ...changes };
    this.#host.requestUpdate();
  }
}
