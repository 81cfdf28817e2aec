// A thread that renders message templates for the Node server (server/template-workers.ts), so
// that a costly template holds up this thread and not the one that answers requests.
import { parentPort } from 'node:worker_threads';
import { renderMessage, TemplateError, type MessageVariables } from '../templates/render.ts';
import type { SmsOptions } from '../config/schema.ts';

export interface RenderJob {
  id: number;
  source: string;
  syntax: SmsOptions['syntax'];
  variables: MessageVariables;
}

export type RenderOutcome =
  | { id: number; ok: true; output: string }
  | { id: number; ok: false; template: boolean; message: string };

/** What the thread says once it can render. */
export const READY = 'ready';

parentPort?.on('message', async (job: RenderJob) => {
  let outcome: RenderOutcome;
  try {
    outcome = {
      id: job.id,
      ok: true,
      output: await renderMessage(job.source, job.syntax, job.variables),
    };
  } catch (error) {
    outcome = {
      id: job.id,
      ok: false,
      template: error instanceof TemplateError,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  parentPort!.postMessage(outcome, []);
});

parentPort?.postMessage(READY, []);
