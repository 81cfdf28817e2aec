// Run before the backend tests (`pretest`): installs Auth0's Deploy CLI into its cache folder
// when it is not there yet, so that its install time (a minute on a cold npm cache) is not spent
// inside the test file's time limit.
import { installDeployCli } from '../deploy-cli-support.ts';

await installDeployCli(240_000);
