// The module hooks of record-loads.mjs: each module loaded is a line in the log.
import fs from 'node:fs';

let log;

export function initialize(data) {
  log = data.log;
}

export async function load(url, context, nextLoad) {
  fs.appendFileSync(log, `module ${url}\n`);
  return nextLoad(url, context);
}
