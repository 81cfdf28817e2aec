// The message panel's SMS figures, against the backend in the page: the preview in each language
// with its encoding, length and segments, and a warning naming a character that forces UCS-2.
import { expect, waitUntil } from '@open-wc/testing';
import { DemoWorkbench } from '../demo/app/workbench.js';

let workbench: DemoWorkbench;

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = workbench.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

const figure = (name: string) => $(`#sms-length [data-figure="${name}"]`).textContent!.trim();
const figures = () => [figure('encoding'), figure('characters'), figure('segments')];
const preview = () => workbench.querySelector('#template-preview')?.textContent ?? '';

async function setValue(selector: string, value: string, event = 'input'): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true }));
  await workbench.updateComplete;
}

async function previewIn(language: string, expected: string): Promise<void> {
  await setValue('#preview-language', language, 'change');
  await waitUntil(() => preview() === expected, `the ${language} preview is "${preview()}"`);
}

describe('the message panel’s SMS length', () => {
  before(async () => {
    localStorage.clear();
    workbench = new DemoWorkbench();
    workbench.options = { search: '', hash: '', workerUrl: '/mockServiceWorker.js' };
    document.body.append(workbench);
    await workbench.ready;
    $('#tab-message').click();
    await workbench.updateComplete;
  });

  after(() => {
    workbench.remove();
    localStorage.clear();
  });

  it('previews the default message in the chosen language, with its encoding, length and segments', async () => {
    await previewIn('en', 'Your verification code is: 123456');
    expect(figures()).to.deep.equal(['GSM-7', '33', '1']);
    expect(workbench.querySelector('#sms-ucs2-warning')).to.equal(null);

    await previewIn('fr', 'Votre code de vérification est 123456');
    expect(figures()).to.deep.equal(['GSM-7', '37', '1']);

    await previewIn('ar', 'رمز التحقق الخاص بك هو 123456');
    expect(figures()).to.deep.equal(['UCS-2', '29', '1']);
    // A whole script outside GSM-7 is no stray character to point at.
    expect(workbench.querySelector('#sms-ucs2-warning')).to.equal(null);
  });

  it('warns that a curly apostrophe forces UCS-2, and counts segments past the limit', async () => {
    await setValue('#template', 'It’s {{ code }} for {{ application.name }}');
    await previewIn('en', 'It’s 123456 for Tandem');
    expect(figures()).to.deep.equal(['UCS-2', '22', '1']);
    expect($('#sms-ucs2-warning').textContent).to.contain('“’” (U+2019)');

    await setValue('#template', `{{ code }} ${'a'.repeat(154)}`);
    await waitUntil(() => preview().length === 161, 'the long preview');
    expect(figures()).to.deep.equal(['GSM-7', '161', '2']);
    expect(workbench.querySelector('#sms-ucs2-warning')).to.equal(null);

    await setValue('#template', `{{ code }} ${'a'.repeat(153)}’`);
    await waitUntil(() => preview().endsWith('’'), 'the long UCS-2 preview');
    expect(figures()).to.deep.equal(['UCS-2', '161', '3']);
  });
});
