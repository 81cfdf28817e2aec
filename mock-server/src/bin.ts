// The `sms-login-server` command: runs the server with the process's arguments and environment.
import { main } from './cli.ts';
import { relaunchOnOneCore } from './server/one-core.ts';

const relaunched = relaunchOnOneCore();
const code = relaunched ? await relaunched : await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
