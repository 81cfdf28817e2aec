// The test files run under Mocha (web-test-runner's default framework).
/// <reference types="mocha" />
