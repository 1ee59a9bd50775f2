import path from 'path';
import { startGateway } from './server';

/**
 * `npm start`: the product on one port. Environment: PORT (3000), HOST (127.0.0.1; 0.0.0.0 to reach it from a
 * phone on the same network), DATA_DIR (./data), NODE_ENV=production to refuse development logins.
 */
async function main(): Promise<void> {
  const root = process.env.YIBAO_ROOT ?? process.cwd();
  const gateway = await startGateway({
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(process.env.DATA_DIR ?? path.join(root, 'data')),
    h5Dir: path.join(root, 'dist', 'h5'),
    production: process.env.NODE_ENV === 'production',
  });
  process.stdout.write(`医保明白纸已启动：${gateway.url}/\n`);
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
