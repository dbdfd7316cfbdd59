import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text formats worth compressing; images such as PNG and fonts such as WOFF2 are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|xml|wasm)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir`, at the strongest
 * settings: this runs once per build, and the relay then sends the copies at no cost per request.
 * A copy no smaller than its original is not written (the relay then sends the original).
 */
export async function precompress(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => compressible.test(file));
  await Promise.all(
    files.map(async (file) => {
      const original = await readFile(path.join(dir, file));
      const [br, gz] = await Promise.all([
        brotli(original, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
          },
        }),
        gzipped(original, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < original.length) await writeFile(path.join(dir, `${file}.br`), br);
      if (gz.length < original.length) await writeFile(path.join(dir, `${file}.gz`), gz);
    }),
  );
}
