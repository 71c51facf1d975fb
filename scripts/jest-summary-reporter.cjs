// Writes "N passed, N failed[, N skipped]" to the file named by CG_TEST_SUMMARY
// when the run ends: CI prints it as its closing line, since it cannot read
// jest's own summary.
const { writeFileSync } = require('node:fs')

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.CG_TEST_SUMMARY
    if (!file) return
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`
    writeFileSync(file, `${line}\n`)
  }
}

module.exports = SummaryReporter
