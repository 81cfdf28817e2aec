import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Seconds counting down to zero, updating the host as they pass (the resend delay). */
export class CountdownController implements ReactiveController {
  #endsAt = 0;
  #now = Date.now();
  #ticker: ReturnType<typeof setInterval> | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #tick: number;

  constructor(host: ReactiveControllerHost, tick = 250) {
    this.#host = host;
    this.#tick = tick;
    host.addController(this);
  }

  /** Whole seconds left (rounded up); 0 once over. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.#endsAt - this.#now) / 1000));
  }

  /** Counts `seconds` down from now. */
  start(seconds: number): void {
    this.stop();
    this.#now = Date.now();
    this.#endsAt = this.#now + Math.max(0, seconds) * 1000;
    this.#host.requestUpdate();
    this.#ticker = setInterval(() => {
      this.#now = Date.now();
      this.#host.requestUpdate();
      if (this.#now >= this.#endsAt) this.stop();
    }, this.#tick);
  }

  /** Freezes the count where it is. */
  stop(): void {
    if (this.#ticker !== undefined) clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
