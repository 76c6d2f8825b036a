import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { RegisterPage } from './register-page';

// A newcomer's first run: `make run` keeps mail in the development mailbox, so the activation
// link is one click away at /dev/mail/.
// Its server is the second one of playwright.config.ts.
const newcomerPort = Number(process.env.E2E_PORT ?? 3100) + 1;
test.use({ baseURL: `http://127.0.0.1:${newcomerPort}` });

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, label).toEqual([]);
}

test('register, open the mailbox, click the link, activated', async ({ page }) => {
  await page.goto('/dev/mail/');
  await expect(page.locator('h1')).toHaveText('Development mailbox');
  await expectAccessible(page, 'the empty mailbox');

  const form = new RegisterPage(page);
  await form.open({ hydrated: true });
  await form.fill({ username: 'newcomer', email: 'newcomer@example.com', password1: 'Correct-Horse-42' });
  await form.submit();
  await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);

  await expect(async () => {
    await page.goto('/dev/mail/');
    await expect(page.locator('table.mail-list tbody tr')).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(page.locator('table.mail-list')).toContainText('newcomer@example.com');
  await expectAccessible(page, 'the mailbox');
  await page.locator('table.mail-list a').first().click();
  await expect(page.locator('h1')).toContainText('Account activation');
  await expectAccessible(page, 'a mail');

  await page.locator('pre.mail-text a[href*="/accounts/activate/"]').click();
  await expect(page.locator('h1')).toHaveText('Activate your account');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/activate\/complete\/$/);
  await expect(page.locator('h1')).toHaveText('Your account is now activated.');
});
