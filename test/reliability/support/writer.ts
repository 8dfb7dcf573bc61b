import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../src/storage/audit.js';
import { openDatabase } from '../../../src/storage/db.js';
import { ensureWorkspace, insertStrategy } from '../../../src/storage/strategies.js';

// A second process writing to the database all the time, each strategy in one transaction with
// its admin row and its audit entry, until it is stopped. Prints the running count. A breath
// between writes keeps the file small enough for the checks to stay quick.

const path = process.argv[2]!;
const db = openDatabase({ kind: 'sqlite', path });
let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

let written = 0;
while (!stopping) {
  const at = Date.now();
  const teamId = `T${written % 50}`;
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await ensureWorkspace(trx, teamId, at);
    await insertStrategy(trx, {
      id,
      teamId,
      channelId: `C${written}`,
      name: `Strategy ${written} ${'x'.repeat(200)}`,
      language: 'en',
      timeZone: 'Europe/Helsinki',
      createdBy: 'U1',
      at,
    });
    await recordAudit(trx, {
      teamId,
      strategyId: id,
      actorId: 'U1',
      action: 'strategy.created',
      subject: `C${written}`,
      after: { name: `Strategy ${written}` },
      at,
    });
  });
  written += 1;
  if (written % 100 === 0) process.stdout.write(`${written}\n`);
  await new Promise((r) => setTimeout(r, 1));
}
await db.destroy();
process.stdout.write(`done ${written}\n`);
