import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { activateFromMail } from './activation-page';
import { emailConfirmLink, notMeLink, uniqueName } from './mailbox';
import { RegisterPage } from './register-page';

const PASSWORD = 'Correct-Horse-42';

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, label).toEqual([]);
}

async function logIn(page: Page, login: string, hydrated: boolean) {
  await page.goto('/accounts/login/');
  if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await page.fill('#id_username', login);
  await page.fill('#id_password', PASSWORD);
  await page.click('form[action="/accounts/login/"] button');
  await expect(page).toHaveURL(/\/accounts\/profile\/$/);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'the profile with JavaScript' : 'the profile without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('change address, confirm, sign in with it, see and end sessions, delete', async ({ page, browser }) => {
      // axe runs inside the page, so only where JavaScript runs (the markup is the same without).
      const accessible = (label: string) => (javaScriptEnabled ? expectAccessible(page, label) : Promise.resolve());
      const username = uniqueName(javaScriptEnabled ? 'profjs' : 'profplain');
      const email = `${username}@example.com`;
      const newEmail = `${username}@example.org`;
      const register = new RegisterPage(page);
      await register.open({ hydrated: javaScriptEnabled });
      await register.fill({ username, email, password1: PASSWORD });
      await register.submit();
      await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
      await activateFromMail(page, email, username, { hydrated: javaScriptEnabled });
      await logIn(page, username, javaScriptEnabled);

      // Another device, logged in as the same account.
      const phone = await browser.newContext({ javaScriptEnabled, userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36' });
      const phonePage = await phone.newPage();
      await logIn(phonePage, username, javaScriptEnabled);

      await page.getByRole('link', { name: 'Change your email address' }).click();
      await expect(page).toHaveURL(/\/accounts\/email\/change\/$/);
      if (javaScriptEnabled) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
      await accessible('email change');
      await page.fill('#id_email', newEmail);
      await page.fill('#id_password', 'wrong-password-1');
      await page.click('form[action="/accounts/email/change/"] button');
      await expect(page.locator('#id_password_errors')).toHaveText('Your password was entered incorrectly. Please enter it again.');
      await expect(page.locator('#id_email')).toHaveValue(newEmail);
      await page.fill('#id_password', PASSWORD);
      await page.click('form[action="/accounts/email/change/"] button');
      await expect(page).toHaveURL(/\/accounts\/email\/change\/done\/$/);
      await page.goto('/accounts/profile/');
      await expect(page.locator('.profile .address')).toHaveText(email);
      await expect(page.locator('.pending-email')).toContainText(newEmail);

      await page.goto(await emailConfirmLink(newEmail));
      if (javaScriptEnabled) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
      await expect(page.locator('.address')).toHaveText(newEmail);
      await accessible('email confirmation');
      await page.click('button:has-text("Use this address")');
      await expect(page).toHaveURL(/\/accounts\/email\/confirm\/complete\/$/);

      await page.goto('/accounts/logout/');
      await page.click('form[action="/accounts/logout/"] button');
      await expect(page.locator('h1')).toHaveText('Logged out');
      await logIn(page, newEmail, javaScriptEnabled);
      await expect(page.locator('.profile .address')).toHaveText(newEmail);

      const sessions = page.locator('.session-list .session');
      await expect(sessions).toHaveCount(2);
      await expect(page.locator('.session', { hasText: 'this device' })).toHaveCount(1);
      await expect(page.locator('.session', { hasText: 'Chrome on Android' })).toHaveCount(1);
      await accessible('profile with sessions');
      await page.getByRole('button', { name: /Sign out Chrome on Android/ }).click();
      await expect(page).toHaveURL(/\/accounts\/profile\/$/);
      await expect(sessions).toHaveCount(1);
      await phonePage.goto('/accounts/profile/');
      await expect(phonePage).toHaveURL(/\/accounts\/login\//);
      await phone.close();

      // The old address was told, with a link that only locks; its page asks before acting.
      await page.goto(await notMeLink(email));
      await expect(page.locator('.username')).toHaveText(username);
      await accessible('this was not me');

      await page.goto('/accounts/delete/');
      if (javaScriptEnabled) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
      await page.fill('#id_password', PASSWORD);
      await page.click('form[action="/accounts/delete/"] button');
      await expect(page).toHaveURL(/\/accounts\/delete\/done\/$/);
    });
  });
}
