// Preloaded into the CLI child (node -r): writes the process's peak resident set size (KiB) on exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const out = process.env.BUDGET_RECON_RSS_OUT;
  if (out) writeFileSync(out, String(process.resourceUsage().maxRSS));
});
