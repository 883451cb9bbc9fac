import 'reflect-metadata';
import { boot } from './boot';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './observability/pino-logger';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({ level: config.logLevel });
  const running = await boot(config, logger);
  const shutdown = (signal: string): void => {
    logger.info('shutting down', { signal });
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Ponte cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Ponte failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
