import { ConfigError, type Config } from '../config/parse.ts';
import { DEFAULT_TEMPLATE } from '../config/schema.ts';
import { validateLoginPageTemplate } from './login-page.ts';
import { TemplateError, checkRendersSync, phoneTemplateBodies, sampleVariables } from './render.ts';

const refuse = (path: string, message: string): never => {
  throw new ConfigError(`Invalid configuration:\n  - ${path}: ${message}`, [{ path, message }]);
};

/**
 * Templates are tried when the backend is built, with sample values, so that one that cannot
 * render is refused at start and not on every message.
 */
export function checkConfiguredTemplates(config: Config): void {
  const check = (path: string, source: string, syntax: 'liquid' | 'md_with_macros', length = 6) => {
    // The built-in message is tested with the backend; trying it again would cost every start.
    if (source === DEFAULT_TEMPLATE && syntax === 'liquid') return;
    try {
      checkRendersSync(source, syntax, sampleVariables(length, config.clients[0]!.name));
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      refuse(path, error.message);
    }
  };
  for (const [index, connection] of config.connections.entries())
    check(
      `connections[${index}].options.template`,
      connection.options.template,
      connection.options.syntax,
      connection.options.totp.length,
    );
  for (const [index, template] of config.phone.templates.entries())
    for (const [key, source] of phoneTemplateBodies(template.content.body))
      check(`phone.templates[${index}].content.body.${key}`, source, 'liquid');
  if (config.universal_login_template !== undefined) {
    try {
      validateLoginPageTemplate(config.universal_login_template);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      refuse('universal_login_template', error.message);
    }
  }
}
