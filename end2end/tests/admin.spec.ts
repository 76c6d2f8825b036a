import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { uniqueName } from './mailbox';

const PASSWORD = 'Correct-Horse-42';
const dir = process.env.E2E_DIR ?? path.join(os.tmpdir(), 'registration-e2e');

/** A staff account made as a site owner makes one: `registration createsuperuser`. */
function createStaff(name: string) {
  execFileSync('../target/release/registration', ['createsuperuser', '--username', name, '--email', `${name}@example.com`], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, ACCOUNT_ACTIVATION_DAYS: '7', DATABASE_URL: `sqlite://${dir}/e2e.db`, RUST_LOG: 'warn' },
  });
}

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

test('a staff member finds a pending user, resends, sees the mail, activates and reads the trail', async ({ page }, testInfo) => {
  const pending = uniqueName('pending');
  await page.goto('/accounts/register/');
  await page.fill('#id_username', pending);
  await page.fill('#id_email', `${pending}@example.com`);
  await page.fill('#id_password1', PASSWORD);
  await page.fill('#id_password2', PASSWORD);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);

  const boss = uniqueName('boss');
  createStaff(boss);
  await page.goto('/accounts/login/?next=/admin/');
  await page.fill('#id_username', boss);
  await page.fill('#id_password', PASSWORD);
  await page.click('form[action="/accounts/login/"] button');
  await expect(page).toHaveURL(/\/admin\/$/);
  await expect(page.locator('h1')).toHaveText('Site administration');
  await expect(page.locator('svg[role="img"]').first()).toBeVisible();
  await expectAccessible(page, 'the funnel');
  const funnel = await page.screenshot({ fullPage: true, path: testInfo.outputPath('admin-funnel.png') });
  await testInfo.attach('admin-funnel', { body: funnel, contentType: 'image/png' });

  await page.click('a[href="/admin/users/"]');
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  const rows = page.locator('tr[data-user]');
  await expect(rows.filter({ hasText: boss })).toHaveCount(1);
  // Typing filters the list without sending the form (the page stays: no navigation), and
  // the address keeps the search.
  await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
  await page.locator('#id_q').pressSequentially(pending.toUpperCase(), { delay: 30 });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(pending);
  // The status line, a live region, says what the list now shows.
  await expect(page.getByRole('status')).toHaveText('One account shown.');
  await expect(page).toHaveURL(new RegExp(`/admin/users/\\?q=${pending.toUpperCase()}&state=$`));
  await page.selectOption('#id_state', 'active');
  await expect(page.getByRole('status')).toHaveText('No account matches.');
  await expect(rows).toHaveCount(0);
  await page.selectOption('#id_state', 'pending');
  await expect(rows).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page.locator('#id_q')).toBeFocused();
  await expectAccessible(page, 'the people list');
  await rows.first().locator('a').click();
  await expect(page.locator('h1')).toHaveText(pending);
  await expect(page.locator('dd[data-state]')).toHaveAttribute('data-state', 'pending');
  await expect(page.locator('tr[data-status]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Resend the activation email' }).click();
  await expect(page).toHaveURL(/\?done=resend$/);
  await expect(page.locator('tr[data-status]')).toHaveCount(2);
  await expect(page.locator('tr[data-action="resent"]')).toContainText(`staff:${boss}`);
  await expectAccessible(page, 'an account');

  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.locator('dd[data-state]')).toHaveAttribute('data-state', 'active');
  const activated = page.locator('tr[data-action="activated"]');
  await expect(activated).toContainText('activated (staff)');
  await expect(activated).toContainText(`staff:${boss}`);
  await expect(page.locator('tr[data-action="registered"]')).toContainText('user');
});
