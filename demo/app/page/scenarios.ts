// Each error state the widget can show, produced by the backend's own rules.
import type { SmsLogin } from '../../../src/index.js';
import type { ManagementClient } from '../backend/management.js';
import { FAILING_GATEWAY } from '../backend/in-page.js';
import type { DemoBackend } from '../backend/types.js';
import { enterCode, messageOf, reachCodeStep, submitNumber, until } from './widget-driver.js';

export interface ScenarioContext {
  widget: SmsLogin;
  backend: DemoBackend & { management: ManagementClient };
  /** The workbench's number (E.164). */
  phoneNumber: string;
  /** Seconds a code lives. */
  otpExpiry: number;
}

export interface Scenario {
  id: string;
  title: string;
  how: string;
  /** Only the backend in the page can do it (its clock, its store). */
  inPageOnly?: boolean;
  run(context: ScenarioContext): Promise<void>;
}

const newestCode = async ({ backend, phoneNumber, widget }: ScenarioContext): Promise<string> => {
  const [newest] = await backend.messages(phoneNumber);
  const code = newest?.body.match(new RegExp(`(?<!\\d)\\d{${widget.codeLength}}(?!\\d)`))?.[0];
  if (!code) throw new Error(`No code was texted to ${phoneNumber}.`);
  return code;
};

const wrongCode = (right: string) => right.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

/** A UK mobile number nobody has signed in with yet. */
const freshNumber = () => `+447400${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

const waitForMessage = (widget: SmsLogin) =>
  until(() => !!messageOf(widget), 'the widget showed a message');

export const SCENARIOS: Scenario[] = [
  {
    id: 'wrong-code',
    title: 'Wrong code',
    how: 'Sends a code, then types a different one.',
    async run(context) {
      await reachCodeStep(context.widget, context.phoneNumber);
      await enterCode(context.widget, wrongCode(await newestCode(context)));
    },
  },
  {
    id: 'expired',
    title: 'Expired code',
    how: 'Sends a code, moves the backend’s clock past its lifetime, then types it.',
    inPageOnly: true,
    async run(context) {
      await reachCodeStep(context.widget, context.phoneNumber);
      const code = await newestCode(context);
      context.backend.advanceClock?.((context.otpExpiry + 1) * 1000);
      await enterCode(context.widget, code);
    },
  },
  {
    id: 'too-many-attempts',
    title: 'Too many attempts',
    how: 'Sends a code, then types three wrong ones.',
    async run(context) {
      await reachCodeStep(context.widget, context.phoneNumber);
      const wrong = wrongCode(await newestCode(context));
      for (let attempt = 0; attempt < 3; attempt++) await enterCode(context.widget, wrong);
    },
  },
  {
    id: 'rate-limited',
    title: 'Rate limited',
    how: 'Spends this page’s per-IP budget (50 an hour) on requests that name no number, so no text goes out, until the backend answers 429, then sends from the page. Sending works again as the budget refills or the clock moves on.',
    async run(context) {
      // The per-IP limit is taken before the body is read, so a request without a number counts
      // against it (and is otherwise refused with a 400) while no per-number limit is touched:
      // the only 429 it can get is the per-IP one, which then holds for the widget's own send.
      let limited = false;
      for (let i = 0; i < 500 && !limited; i++) {
        const response = await fetch(`${context.backend.origin}/passwordless/start`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            client_id: context.backend.clientId,
            connection: 'sms',
            send: 'code',
          }),
        });
        limited = response.status === 429;
      }
      if (!limited) throw new Error('The backend did not refuse 500 requests from this page.');
      await submitNumber(context.widget, context.phoneNumber);
      await waitForMessage(context.widget);
    },
  },
  {
    id: 'provider-failure',
    title: 'SMS provider failure',
    how: 'Points the connection at an SMS gateway that answers 503, sends, then puts it back.',
    async run(context) {
      const previous = await context.backend.management.patchOptions({
        provider: 'sms_gateway',
        gateway_url: FAILING_GATEWAY,
      });
      try {
        await submitNumber(context.widget, context.phoneNumber);
        await waitForMessage(context.widget);
      } finally {
        await context.backend.management.replaceOptions(previous);
      }
    },
  },
  {
    id: 'signup-disabled',
    title: 'Sign-ups disabled',
    how: 'Disables sign-ups, sends to a number with no account, then restores the setting.',
    async run(context) {
      const previous = await context.backend.management.patchOptions({ disable_signup: true });
      try {
        await submitNumber(context.widget, freshNumber());
        await waitForMessage(context.widget);
      } finally {
        await context.backend.management.replaceOptions(previous);
      }
    },
  },
];
