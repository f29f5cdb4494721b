import { RULES } from '../engine/index';
import { SeverityLevel } from './settings';

/**
 * The `sourcecheck.severity` setting as package.json contributes it, read from the
 * rules' declarations: `npm run settings:package` writes it, and a test fails when
 * package.json lags behind.
 */
export function severitySetting(): object {
  const levels = [...new Set(RULES.map((r) => r.severity))];
  const own = levels.map((level) => `\`${level}\` for ${RULES.filter((r) => r.severity === level).map((r) => `\`${r.id}\``).join(', ')}`);
  return {
    type: 'object',
    default: {},
    scope: 'resource',
    additionalProperties: false,
    markdownDescription: `The severity of each rule, or \`off\` to silence it. Rules left out keep their own: ${own.join('; ')}.`,
    properties: Object.fromEntries(
      RULES.map((r) => [r.id, { type: 'string', enum: SeverityLevel.options, default: r.severity, markdownDescription: r.summary }]),
    ),
  };
}
