import { test, expect, type Page } from '@playwright/test';
import { activateFromMail } from './activation-page';
import { resetLink, uniqueName } from './mailbox';
import { RegisterPage } from './register-page';

const FIRST = 'Correct-Horse-42';
const SECOND = 'Battery-Staple-77';
const THIRD = 'Tr0ubadour-and-3';

async function hydrated(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
}

async function logIn(page: Page, username: string, password: string) {
  await hydrated(page, '/accounts/login/');
  await page.fill('#id_username', username);
  await page.fill('#id_password', password);
  await page.click('button[type=submit]');
}

test('register, activate, log in, change password, log out, reset by email, log in again', async ({ page }) => {
  const username = uniqueName('journey');
  const email = `${username}@example.com`;

  const register = new RegisterPage(page);
  await register.open({ hydrated: true });
  await register.fill({ username, email, password1: FIRST });
  await register.submit();
  await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
  await activateFromMail(page, email, username, { hydrated: true });

  await logIn(page, username, 'wrong-password-1');
  await expect(page.locator('#id_form_errors')).toContainText('Please enter a correct username or email address and password.');
  await logIn(page, username, FIRST);
  await expect(page).toHaveURL(/\/accounts\/profile\/$/);
  await expect(page.locator('.username')).toHaveText(username);

  await hydrated(page, '/accounts/password/change/');
  await page.fill('#id_old_password', FIRST);
  await page.fill('#id_new_password1', SECOND);
  await page.fill('#id_new_password2', SECOND);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/password\/change\/done\/$/);

  await hydrated(page, '/accounts/profile/');
  await page.click('form[action="/accounts/logout/"] button');
  await expect(page.locator('h1')).toHaveText('Logged out');

  await hydrated(page, '/accounts/password/reset/');
  await page.fill('#id_email', email);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/password\/reset\/done\/$/);
  await page.goto(await resetLink(email));
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await page.fill('#id_new_password1', THIRD);
  await page.fill('#id_new_password2', THIRD);
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/password\/reset\/complete\/$/);

  await logIn(page, username, SECOND);
  await expect(page.locator('#id_form_errors')).toContainText('Please enter a correct username or email address and password.');
  await logIn(page, username, THIRD);
  await expect(page).toHaveURL(/\/accounts\/profile\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('log in and out, and reset the password, with plain forms', async ({ page }) => {
    const username = uniqueName('plain');
    const email = `${username}@example.com`;
    const register = new RegisterPage(page);
    await register.open({ hydrated: false });
    await register.fill({ username, email, password1: FIRST });
    await register.submit();
    await activateFromMail(page, email, username, { hydrated: false });
    await page.goto('/accounts/login/');
    await page.fill('#id_username', username);
    await page.fill('#id_password', 'wrong-password-1');
    await page.click('button[type=submit]');
    await expect(page.locator('#id_form_errors')).toContainText('Please enter a correct username or email address and password.');
    await expect(page.locator('#id_username')).toHaveValue(username);
    await expect(page.locator('#id_password')).toHaveValue('');
    await page.fill('#id_password', FIRST);
    await page.click('button[type=submit]');
    await expect(page).toHaveURL(/\/accounts\/profile\/$/);
    await page.click('form[action="/accounts/logout/"] button');
    await expect(page.locator('h1')).toHaveText('Logged out');

    // The reset link's page keeps its token from other sites without breaking its own form.
    await page.goto('/accounts/password/reset/');
    await page.fill('#id_email', email);
    await page.click('button[type=submit]');
    await expect(page).toHaveURL(/\/accounts\/password\/reset\/done\/$/);
    await page.goto(await resetLink(email));
    await page.fill('#id_new_password1', SECOND);
    await page.fill('#id_new_password2', SECOND);
    await page.click('button[type=submit]');
    await expect(page).toHaveURL(/\/accounts\/password\/reset\/complete\/$/);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'deleting an account with JavaScript' : 'deleting an account without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the password confirms it; the username is free again', async ({ page }) => {
      const username = uniqueName(javaScriptEnabled ? 'deljs' : 'delplain');
      const email = `${username}@example.com`;
      const register = new RegisterPage(page);
      await register.open({ hydrated: javaScriptEnabled });
      await register.fill({ username, email, password1: FIRST });
      await register.submit();
      await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
      await activateFromMail(page, email, username, { hydrated: javaScriptEnabled });
      await page.goto('/accounts/login/');
      await page.fill('#id_username', username);
      await page.fill('#id_password', FIRST);
      await page.getByLabel('Remember me').check();
      await page.click('form[action="/accounts/login/"] button');
      await expect(page).toHaveURL(/\/accounts\/profile\/$/);

      await page.getByRole('link', { name: 'Delete your account' }).click();
      await expect(page.locator('.card.warning .username')).toHaveText(username);
      if (javaScriptEnabled) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
      const deleteButton = page.locator('form[action="/accounts/delete/"] button');
      await page.fill('#id_password', 'wrong-password-1');
      await deleteButton.click();
      await expect(page.locator('#id_password_errors')).toHaveText('Your password was entered incorrectly. Please enter it again.');
      await page.fill('#id_password', FIRST);
      await deleteButton.click();
      await expect(page).toHaveURL(/\/accounts\/delete\/done\/$/);
      await expect(page.locator('h1')).toHaveText('Account deleted');

      await page.goto('/accounts/profile/');
      await expect(page).toHaveURL(/\/accounts\/login\//);
      await register.open({ hydrated: javaScriptEnabled });
      await register.fill({ username, email, password1: SECOND });
      await register.submit();
      await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
    });
  });
}
