// Writes three heap snapshots whose truth is known, for tst_heapsnapshots:
//   node leak.js OUTDIR [LEAKS_PER_ROUND] [SHORT_LIVED_PER_ROUND]
// Between snapshots 1 and 2, and again between 2 and 3, each round registers LEAKS_PER_ROUND
// 'reconnect' listeners on a long-lived emitter (redisBus); each listener closure holds a
// SessionContext through the variable `ctx`, so the contexts leak along
//   (GC roots) ... redisBus -> _events -> reconnect -> [i] -> (closure) -> ctx -> SessionContext
// Each round also keeps SHORT_LIVED_PER_ROUND RequestScratch objects in flight until the next
// round replaces them (and makes as many more that are dropped at once, which no snapshot sees).
// The three-snapshot technique must therefore report exactly LEAKS_PER_ROUND SessionContext
// objects (those of round 1, still alive in snapshot 3), and the RequestScratch objects of
// round 1 as short-lived: allocated between snapshots 1 and 2, gone by snapshot 3.
'use strict';
const v8 = require('v8');
const path = require('path');
const { EventEmitter } = require('events');

const outDir = process.argv[2] || '.';
const leaksPerRound = Number(process.argv[3] || 200);
const shortLivedPerRound = Number(process.argv[4] || 500);

class SessionContext {
  constructor(id) {
    this.id = id;
    this.user = 'user-' + id;
    this.buffer = new Array(16).fill(id); // some weight of its own, retained through the context
  }
}

class RequestScratch {
  constructor(id) {
    this.id = id;
    this.payload = new Array(8).fill(id);
  }
}

globalThis.redisBus = new EventEmitter();
globalThis.redisBus.setMaxListeners(0);

function openSession(id) {
  const ctx = new SessionContext(id);
  // The listener is the leak: it is never removed, and its closure keeps ctx alive.
  globalThis.redisBus.on('reconnect', function onReconnect() { return ctx.id; });
}

let scratchSink = 0;
let inFlight = [];
function handleRequests(round) {
  const next = [];
  for (let i = 0; i < shortLivedPerRound; ++i) {
    const dropped = new RequestScratch(-1);
    scratchSink += dropped.payload.length; // used, then dropped at once
    next.push(new RequestScratch(round * shortLivedPerRound + i));
  }
  inFlight = next; // the previous round's requests are done
}

function round(n) {
  for (let i = 0; i < leaksPerRound; ++i)
    openSession(n * leaksPerRound + i);
  handleRequests(n);
}

function snapshot(n) {
  // v8.writeHeapSnapshot collects garbage first, so the short-lived objects are gone.
  const file = path.join(outDir, `Heap-20240102-030405-${process.pid}-0-${n}.heapsnapshot`);
  v8.writeHeapSnapshot(file);
  console.log(file);
}

// Warm up once so that everything the first round creates lazily (code, maps, the listener
// array growing from one function to an array) exists before the first snapshot.
round(0);
snapshot(1);
round(1);
snapshot(2);
round(2);
snapshot(3);
console.log('scratch ' + scratchSink + ' in flight ' + inFlight.length);
