/** Types for scripts/build.mjs (plain JavaScript so `prepare` can run it without a compiler). */
export declare const DIST: string;
export declare function buildDist(): Promise<void>;
