import { expect, type Page } from '@playwright/test';
import { activationLink } from './mailbox';

/**
 * Follows the activation link mailed to `email` as its owner does: the link opens a page that
 * names the account and activates nothing until its button is pressed.
 */
export async function activateFromMail(page: Page, email: string, username: string, opts: { hydrated: boolean }) {
  await page.goto(await activationLink(email));
  await expect(page.locator('h1')).toHaveText('Activate your account');
  await expect(page.locator('.activation-account .username')).toHaveText(username);
  if (opts.hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await page.click('button[type=submit]');
  await expect(page).toHaveURL(/\/accounts\/activate\/complete\/$/);
  await expect(page.locator('h1')).toHaveText('Your account is now activated.');
}
