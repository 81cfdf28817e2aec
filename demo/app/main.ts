// The demo page's entry: one workbench, configured from the page's URL.
import { DemoWorkbench } from './workbench.js';

const workbench = new DemoWorkbench();
workbench.options = {
  search: location.search,
  hash: location.hash,
  workerUrl: new URL('mockServiceWorker.js', document.baseURI).pathname,
};
document.body.append(workbench);
if (location.hash) history.replaceState(null, '', location.pathname + location.search);
