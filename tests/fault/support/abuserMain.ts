import { runAbusers, type AbuseOptions } from './abuserPool';

/**
 * The abusers as their own process, so their sending does not share an event loop (or a core)
 * with the well-behaved clients whose delays the test measures. Options come in as JSON in
 * FAULT_ABUSE; the figures go out as one JSON line on stdout.
 */
const options = JSON.parse(process.env.FAULT_ABUSE ?? '') as AbuseOptions;
const figures = await runAbusers(options);
process.stdout.write(`${JSON.stringify(figures)}\n`);
