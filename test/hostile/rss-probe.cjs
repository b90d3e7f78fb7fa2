// Preloaded into the CLI child (node -r): on exit, writes the process's peak resident set size
// (KiB) and the CPU time it used (ms, user + system), as JSON.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const out = process.env.BUDGET_RECON_RSS_OUT;
  if (!out) return;
  const u = process.resourceUsage();
  writeFileSync(out, JSON.stringify({ rssKiB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
