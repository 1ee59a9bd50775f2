import path from 'path';
import { startGateway } from './server';
import { installLastResort } from './last-resort';

/**
 * `npm start`: the product on one port. Environment: PORT (3000), HOST (127.0.0.1; 0.0.0.0 to reach it from a
 * phone on the same network), DATA_DIR (./data), YIBAO_KEY_FILE (the ID key; default ~/.config/yibao/
 * id-encryption.key, outside DATA_DIR), GATEWAY_SECRET (else DATA_DIR/session-secret), NODE_ENV=production to
 * refuse development logins and sessions.
 */
async function main(): Promise<void> {
  const root = process.env.YIBAO_ROOT ?? process.cwd();
  const log = (line: string) => process.stdout.write(line + '\n');
  const gateway = await startGateway({
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(process.env.DATA_DIR ?? path.join(root, 'data')),
    h5Dir: path.join(root, 'dist', 'h5'),
    staffDir: path.join(root, 'dist', 'staff'),
    production: process.env.NODE_ENV === 'production',
    log,
  });
  process.stdout.write(`医保明白纸已启动：${gateway.url}/\n`);
  installLastResort(process, {
    stop: () => gateway.close(),
    log: (line) => process.stderr.write(line + '\n'),
    exit: (code) => process.exit(code),
  });
  const stop = () => {
    gateway.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(`启动失败：${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
