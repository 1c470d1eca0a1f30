import fs from 'node:fs';
import path from 'node:path';
import { nowIso } from './time';

let logFile: string | null = null;

/** Internal errors go here with their full detail; users only see a short Indonesian message. */
export function setLogDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  logFile = path.join(dir, 'sipanti.log');
}

export function logError(context: string, error: unknown): void {
  const detail = error instanceof Error ? `${error.stack ?? error.message}` : JSON.stringify(error);
  const line = `${nowIso()} ERROR ${context}: ${detail}\n`;
  if (!process.env.SIPANTI_QUIET_LOG) process.stderr.write(line);
  if (logFile) {
    try {
      fs.appendFileSync(logFile, line);
    } catch {
      // the log is best effort: a full disk must not turn into a second failure
    }
  }
}

export function logInfo(message: string): void {
  const line = `${nowIso()} INFO ${message}\n`;
  if (logFile) {
    try {
      fs.appendFileSync(logFile, line);
    } catch {
      // best effort
    }
  }
}
