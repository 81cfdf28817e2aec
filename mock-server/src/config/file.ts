import { readFile } from 'node:fs/promises';
import { ConfigError } from './parse.ts';

/** Reads a JSON configuration file (not yet validated); errors name the file. */
export async function readConfigFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Cannot read configuration file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      [],
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `Configuration file ${path} is not valid JSON: ${(error as Error).message}`,
      [],
    );
  }
}
