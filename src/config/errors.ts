/**
 * A config, mapping or baseline the tool cannot use: one line, in English and Vietnamese. Kept
 * apart from load-config.ts so that the CLI can catch it without loading zod.
 */
export class ConfigError extends Error {
  constructor(message: string, readonly vi?: string) {
    super(message);
  }
}
