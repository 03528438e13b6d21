/** The executable's copy of vega (tsup.config.ts, `executableVega`): the package, bundled into one file. */
export * from 'vega';
