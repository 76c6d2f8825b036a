import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { activationLink, uniqueName } from './mailbox';
import { RegisterPage } from './register-page';

const PASSWORD = 'Correct-Horse-42';

const PUBLIC_PAGES = [
  '/',
  '/terms/',
  '/accounts/register/',
  '/accounts/register/complete/',
  '/accounts/register/closed/',
  '/accounts/activate/complete/',
  `/accounts/activate/${'0'.repeat(40)}/`,
  '/accounts/activate/resend/',
  '/accounts/login/',
  '/accounts/logout/',
  '/accounts/password/reset/',
  '/accounts/password/reset/done/',
  `/accounts/password/reset/confirm/${'0'.repeat(64)}/`,
  '/accounts/password/reset/complete/',
  '/accounts/delete/done/',
  '/accounts/email/change/done/',
  `/accounts/email/confirm/${'0'.repeat(64)}/`,
  '/accounts/email/confirm/complete/',
  `/accounts/not-me/${'0'.repeat(64)}/`,
  '/accounts/not-me/done/',
  '/no/such/page/',
];

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, label).toEqual([]);
}

test('every public page passes axe', async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
    await expectAccessible(page, path);
  }
});

test('the form with errors and the member pages pass axe', async ({ page }) => {
  const form = new RegisterPage(page);
  await form.open({ hydrated: true });
  await form.fill({ username: 'bad name', email: 'nope@gmial.com', password1: 'short', password2: 'other' });
  await expect(page.getByLabel('Use nope@gmail.com')).toBeVisible();
  await expectAccessible(page, 'register with a correction on offer');
  await form.submit();
  await expect(form.errorsOf('username')).toBeVisible();
  await expect(page.locator('#id_username')).toBeFocused();
  await expectAccessible(page, 'register with errors');

  const username = uniqueName('a11y');
  await form.open({ hydrated: true });
  await form.fill({ username, email: `${username}@example.com`, password1: PASSWORD });
  await form.submit();
  await expect(page).toHaveURL(/complete/);
  await page.goto(await activationLink(`${username}@example.com`));
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await expectAccessible(page, 'activation page');
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/activate\/complete\/$/);
  await page.goto('/accounts/login/');
  await page.fill('#id_username', username);
  await page.fill('#id_password', PASSWORD);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/profile\/$/);
  for (const path of ['/accounts/profile/', '/accounts/password/change/', '/accounts/password/change/done/', '/accounts/delete/', '/']) {
    await page.goto(path);
    await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
    await expectAccessible(page, path);
  }
});

for (const width of [375, 1280]) {
  test(`the register page at ${width} px (screenshot kept)`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    const form = new RegisterPage(page);
    await form.open({ hydrated: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.screenshot({ path: testInfo.outputPath(`register-${width}.png`), fullPage: true });
    await form.fill({ username: 'bad name', email: 'nope', password1: 'short', password2: 'other' });
    await form.submit();
    await expect(form.errorsOf('password2')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`register-errors-${width}.png`), fullPage: true });
  });
}
