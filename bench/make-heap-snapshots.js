// Writes three heap snapshots of a growing, realistic heap for bench/heap-bench and
// bench/memlab-compare.sh:
//   node [--max-old-space-size=MB] make-heap-snapshots.js OUTDIR RECORDS1 RECORDS2 RECORDS3
// Each snapshot n holds RECORDSn records (a session object with strings, an array, a Map entry
// and a closure: about ten nodes and a hundred bytes of snapshot each), so the three files grow
// like a leak does. About 10000 records make 1 MB of snapshot.
'use strict';
const v8 = require('v8');
const path = require('path');
const { EventEmitter } = require('events');

const [outDir, ...counts] = process.argv.slice(2);
const bus = new EventEmitter();
bus.setMaxListeners(0);
const byId = new Map();
const records = [];

class Session {
  constructor(id) {
    this.id = id;
    this.user = 'user-' + id;
    this.tags = ['t' + (id % 97), 't' + (id % 89)];
    this.started = { at: id * 1000, zone: 'UTC' };
  }
}

function addRecords(total) {
  while (records.length < total) {
    const s = new Session(records.length);
    records.push(s);
    byId.set(s.user, s);
    if (records.length % 4 === 0)
      bus.on('tick', function onTick() { return s.id; });
  }
}

counts.forEach((count, i) => {
  addRecords(Number(count));
  const file = path.join(outDir, `bench-${i + 1}.heapsnapshot`);
  v8.writeHeapSnapshot(file);
  console.log(file);
});
