import { run } from './main.js'

await run()
// Everything is written (outputs, summary, report); what could still hold the
// event loop is an idle keep-alive connection. Exit once stdout and stderr
// have drained, rather than waiting for it: a required check should be quick.
process.stdout.write('', () => process.stderr.write('', () => process.exit()))
