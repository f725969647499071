// Runs generator/site/search/worker.js in Node on a built site's search files, as a browser
// would: `node harness.js SITE_DIR` reads JSON lines, {"query": "..."} or {"terms": "..."},
// from stdin and prints one JSON answer per line (the worker's RESULT data, or the terms).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { pathToFileURL, fileURLToPath } = require("url");

const site = path.resolve(process.argv[2]);
const worker = path.join(__dirname, "..", "..", "generator", "site", "search", "worker.js");
const replies = [];
let onMessage = null;
globalThis.self = globalThis;
self.location = { href: pathToFileURL(path.join(site, "assets/explainer/search-worker.js")).href };
self.addEventListener = (type, handler) => { onMessage = handler; };
self.postMessage = message => replies.push(message);
self.importScripts = (...urls) => {
  for (const url of urls) vm.runInThisContext(fs.readFileSync(fileURLToPath(url), "utf8"));
};
vm.runInThisContext(fs.readFileSync(worker, "utf8"), { filename: worker });

async function send(message) {
  replies.length = 0;
  await onMessage({ data: message });
  return replies.splice(0);
}

(async () => {
  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf8"));
  await send({ type: 0, data: { config: index.config, docs: [], options: { suggest: true } } });
  for (const line of fs.readFileSync(0, "utf8").split("\n").filter(Boolean)) {
    const asked = JSON.parse(line);
    if ("terms" in asked) console.log(JSON.stringify(terms(asked.terms)));
    else console.log(JSON.stringify(((await send({ type: 2, data: asked.query }))[0] || {}).data));
  }
})();
