import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Sipanti';

/** Where Electron's app.getPath('userData') points for this product, computed without Electron. */
export function defaultDataDir(): string {
  if (process.env.SIPANTI_DATA_DIR) return path.resolve(process.env.SIPANTI_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
  }
}

/** The repository (or unpacked app) root, from a file compiled or run anywhere below it. */
export function projectRoot(fromDir: string): string {
  let dir = fromDir;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'drizzle', 'meta', '_journal.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}
