// Renders per second of message templates through `renderMessage` (parsed once, then cached).
import { renderMessage, TemplateError } from '../../mock-server/src/templates/render.ts';

const seconds = Number(process.argv[2] ?? '2');

export const TEMPLATES = {
  macros: {
    syntax: 'md_with_macros',
    source: 'Your verification code is: @@password@@',
    label: 'macros only (`md_with_macros`, the default text)',
  },
  typical: {
    syntax: 'liquid',
    source:
      '{{ code }} is your {{ application.name }} code. It expires in 3 minutes. Do not share it.',
    label: 'typical Liquid (three variables)',
  },
  languages: {
    syntax: 'liquid',
    source: [
      '{% if request_language contains "fr" %}{{ code }} est votre code {{ application.name }}.',
      '{% elsif request_language contains "de" %}{{ code }} ist Ihr {{ application.name }}-Code.',
      '{% elsif request_language contains "es" %}{{ code }} es tu código de {{ application.name }}.',
      '{% else %}{{ code }} is your {{ application.name }} code.{% endif %}',
    ].join(''),
    label: 'language-branching Liquid (if/elsif ×3/else, `es` request → third branch)',
  },
} as const;

const variables = {
  code: '123456',
  phoneNumber: '+15550000000',
  applicationName: 'Bench App',
  requestLanguage: 'es',
};

const failures: Record<string, number> = {};

async function rate(name: keyof typeof TEMPLATES, durationMs: number): Promise<number> {
  const { source, syntax } = TEMPLATES[name];
  let count = 0;
  const started = performance.now();
  const end = started + durationMs;
  while (performance.now() < end) {
    for (let index = 0; index < 100; index++) {
      try {
        await renderMessage(source, syntax, variables);
      } catch (error) {
        // The engine's wall-clock render limit can trip when the process is descheduled.
        if (!(error instanceof TemplateError)) throw error;
        failures[name] = (failures[name] ?? 0) + 1;
      }
    }
    count += 100;
  }
  return count / ((performance.now() - started) / 1000);
}

const results: Record<string, { label: string; perSecond: number; failures?: number }> = {};
for (const name of Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[]) await rate(name, 300);
for (const name of Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[])
  results[name] = {
    label: TEMPLATES[name].label,
    perSecond: await rate(name, seconds * 1000),
    failures: failures[name] ?? 0,
  };
process.stdout.write(`${JSON.stringify(results)}\n`);
