// The `sms-login-server` command: runs the server with the process's arguments and environment.
import { relaunchOnOneCore } from './server/one-core.ts';

// The server's modules are loaded only by the process that serves: on one core, the first
// process only waits for the second (and passes on its signals).
const relaunched = relaunchOnOneCore();
const code = relaunched
  ? await relaunched
  : await (await import('./cli.ts')).main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
