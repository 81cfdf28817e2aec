import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface OtpCredential extends Credential {
  code: string;
}

/**
 * WebOTP: lets the browser read the code from the SMS (with the visitor's consent), where the
 * browser can. One request at a time; cancelled when the host leaves the page.
 */
export class WebOtpController implements ReactiveController {
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Waits for the code of the next SMS and hands its digits to `onCode`; cancels an earlier wait. */
  listen(onCode: (code: string) => void): void {
    this.cancel();
    if (!('OTPCredential' in window) || !navigator.credentials?.get) return;
    const abort = new AbortController();
    this.#abort = abort;
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: abort.signal } as CredentialRequestOptions)
      .then((credential) => {
        const code = (credential as OtpCredential | null)?.code?.replace(/\D/g, '');
        if (code && !abort.signal.aborted) onCode(code);
      })
      .catch(() => {
        // no permission, no SMS, or aborted: the visitor types the code
      });
  }

  /** Stops waiting for an SMS. */
  cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
