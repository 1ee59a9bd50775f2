import type { Compiler } from 'webpack';
import { compressDir } from '../../scripts/compress-static';

/**
 * Writes the .br and .gz siblings of every text file of the H5 build once webpack has emitted it, so every way the
 * build runs (`npm run build:h5`, `npm start`, the browser tests, the bench) serves compressed files. Skipped in watch
 * mode, where a rebuild should be quick: the gateway sends a file whose siblings are older than it as it is.
 */
export class CompressStaticPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise('CompressStaticPlugin', async (compilation) => {
      if (compiler.watchMode) return;
      await compressDir(compilation.outputOptions.path ?? compiler.outputPath);
    });
  }
}
