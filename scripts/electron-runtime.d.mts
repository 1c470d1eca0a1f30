// Types for electron-runtime.mjs (imported by src-main/index.ts and the Electron launch test).
export declare const ELECTRON_NATIVE_DIR: string;
export declare const ELECTRON_NATIVE_BINARY: string;
export declare const ELECTRON_NATIVE_STAMP: string;
export declare const NO_ELECTRON_MESSAGE: string;
export interface NativeStamp {
  electron: string | null;
  betterSqlite3: string | null;
  platform: string;
  arch: string;
}
export declare function electronVersion(root: string): string | null;
export declare function findElectronBinary(root: string): string | null;
export declare function tryDownloadElectron(root: string, options?: { verbose?: boolean; timeoutMs?: number }): string | null;
export declare function expectedStamp(root: string): NativeStamp;
export declare function electronNativeIsCurrent(root: string): boolean;
