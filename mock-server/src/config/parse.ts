import { configSchema, issuerOf, type Config, type ConfigInput } from './schema.ts';
import { defaultConfig } from './defaults.ts';
import { checkPhoneConfig } from './phone.ts';
import { checkSeededUsers } from './users.ts';

/** A configuration that does not fit the schema. The message names every bad field. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const describePath = (path: PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  ) || '(root)';

interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  errors?: SchemaIssue[][];
  issues?: SchemaIssue[];
}

/**
 * A value that fits none of a union's forms is told about the form it was meant to be (the one
 * whose type it has), rather than "Invalid input".
 */
function explain(issue: SchemaIssue): { path: string; message: string }[] {
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const meant = issue.errors.filter(
      (branch) => !branch.every((inner) => inner.code === 'invalid_type' && !inner.path.length),
    );
    if (meant.length === 1)
      return meant[0]!.flatMap((inner) =>
        explain({ ...inner, path: [...issue.path, ...inner.path] }),
      );
  }
  // A record's bad key: what is wrong with it, rather than "Invalid key in record".
  if (issue.code === 'invalid_key' && issue.issues?.length)
    return [
      {
        path: describePath(issue.path),
        message: issue.issues.map((inner) => inner.message).join('; '),
      },
    ];
  return [{ path: describePath(issue.path), message: issue.message }];
}

/** Validates a configuration object and fills in defaults; `source` names the file in errors. */
export function parseConfig(input: unknown = defaultConfig, source = 'configuration'): Config {
  // Parsed once or twice per process: compiling the schema to a function (zod's JIT) costs more.
  const result = configSchema.safeParse(input, { jitless: true });
  if (!result.success) {
    const issues = (result.error.issues as SchemaIssue[]).flatMap(explain);
    const lines = issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid ${source}:\n${lines}`, issues);
  }
  checkReferences(result.data, source);
  return result.data;
}

function checkReferences(config: Config, source: string): void {
  const problems: { path: string; message: string }[] = [];
  const clientIds = new Set<string>();
  config.clients.forEach((client, index) => {
    if (clientIds.has(client.client_id))
      problems.push({
        path: `clients[${index}].client_id`,
        message: `duplicate client_id "${client.client_id}"`,
      });
    clientIds.add(client.client_id);
  });
  const names = new Set<string>();
  config.connections.forEach((connection, index) => {
    if (names.has(connection.name))
      problems.push({
        path: `connections[${index}].name`,
        message: `duplicate connection name "${connection.name}"`,
      });
    names.add(connection.name);
    connection.enabled_clients.forEach((id, clientIndex) => {
      if (!clientIds.has(id))
        problems.push({
          path: `connections[${index}].enabled_clients[${clientIndex}]`,
          message: `no client has client_id "${id}"`,
        });
    });
  });
  config.client_grants.forEach((grant, index) => {
    const client = config.clients.find((candidate) => candidate.client_id === grant.client_id);
    if (!client)
      problems.push({
        path: `client_grants[${index}].client_id`,
        message: `no client has client_id "${grant.client_id}"`,
      });
    else if (client.client_secret === undefined)
      problems.push({
        path: `client_grants[${index}].client_id`,
        message: `client "${grant.client_id}" needs a client_secret to use client_credentials`,
      });
  });
  const managementAudience = `${issuerOf(config.domain)}api/v2/`;
  const identifiers = new Set<string>();
  config.resource_servers.forEach((server, index) => {
    const path = `resource_servers[${index}].identifier`;
    if (server.identifier === managementAudience)
      problems.push({ path, message: "is the Management API's own identifier" });
    else if (identifiers.has(server.identifier))
      problems.push({ path, message: `duplicate identifier "${server.identifier}"` });
    identifiers.add(server.identifier);
  });
  problems.push(...checkPhoneConfig(config));
  problems.push(...checkSeededUsers(config));
  if (problems.length) {
    const lines = problems.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid ${source}:\n${lines}`, problems);
  }
}

export type { Config, ConfigInput };
