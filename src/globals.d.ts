/** The package version, written into the bundle by scripts/build.mjs. */
declare const __VERSION__: string;
