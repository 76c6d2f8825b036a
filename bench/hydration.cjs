// Time from navigation start until the register form, hydrated in headless Chromium, shows a
// field's validation error: page, CSS, JS and WebAssembly fetched (cold cache each run),
// compiled, the form island hydrated and answering. Prints one JSON line of milliseconds.
// Usage: node bench/hydration.cjs BASE_URL RUNS  (NODE_PATH=end2end/node_modules)
const { chromium } = require('@playwright/test');

async function once(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/accounts/register/`, { waitUntil: 'commit' });
  const ms = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const deadline = performance.now() + 30000;
        const poke = () => {
          const input = document.querySelector('#id_email');
          const errors = document.querySelector('#id_email_errors');
          if (errors && !errors.hidden && errors.textContent.trim()) return resolve(performance.now());
          if (performance.now() > deadline) return reject(new Error('the form never validated'));
          if (input) {
            input.value = 'not-an-email';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(new FocusEvent('blur'));
          }
          setTimeout(poke, 2);
        };
        poke();
      }),
  );
  await context.close();
  return ms;
}

(async () => {
  const [base, runs = '5'] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  try {
    const times = [];
    for (let i = 0; i < Number(runs); i++) times.push(await once(browser, base));
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ runs_ms: times.map((t) => Math.round(t)), median_ms: Math.round(times[times.length >> 1]) }));
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(`hydration: ${error.message}`);
  process.exit(1);
});
